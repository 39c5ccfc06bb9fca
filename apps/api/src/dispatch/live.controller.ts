import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiEventStream } from '../openapi/decorators';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, forbid, Roles, type Principal } from '@invataxi/auth';
import { DomainError } from '@invataxi/domain';
import {
  CoverageRepository,
  DispatchConsoleRepository,
  GuardianshipsRepository,
  StatusAnomaliesRepository,
} from '@invataxi/persistence';
import { REDIS } from '@invataxi/platform';
import { consoleScope, liveEventInScope, scopeHasPlace } from './console-scope';
import { BoardEventsQuery } from './dispatch.dto';
import { LiveEvents, type LiveTopic } from './live-events';
import { EventStreams } from '../http/event-streams';

/**
 * Server-sent events: a rider (or guardian) follows one booking (status, vehicle position,
 * ETA); a dispatcher follows the board of a region (EventStreams: a snapshot, then updates).
 */
@ApiTags('live')
@Controller()
export class LiveController {
  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveEvents,
    private readonly streams: EventStreams,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly console: DispatchConsoleRepository,
    private readonly coverage: CoverageRepository,
    private readonly guardianships: GuardianshipsRepository,
    private readonly anomalies: StatusAnomaliesRepository,
  ) {}

  /** Server-sent events of one ride: status changes and the vehicle's position and ETA. */
  @Get('bookings/:id/events')
  @ApiEventStream('`snapshot` first, then `update` per status change or position')
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  async bookingEvents(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const b = await this.console.liveRide(id);
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id });
    await this.assertMayFollow(p, b);
    const position = b.shiftId ? await this.redis.get(this.live.positionKey(b.shiftId)) : null;
    // The ETAs of the last ping, if the ride is still under way (the same values the ping sent).
    const etas = b.shiftId ? await this.redis.get(this.live.etaKey(id)) : null;
    await this.stream(req, reply, 'booking', id, {
      type: 'status',
      bookingId: id,
      status: b.status,
      version: b.version,
      plannedPickupAt: b.plannedPickupAt?.toISOString() ?? null,
      // An arrival reported far from the pick-up, not yet confirmed: still "on its way" to the rider.
      ...(b.status === 'ARRIVED' && (await this.anomalies.arrivalUnderReview(this.ds.manager, id))
        ? { arrivalUnderReview: true }
        : {}),
      ...(position ? { position: JSON.parse(position) as object } : {}),
      ...(etas ? { etas: JSON.parse(etas) as object[] } : {}),
    });
  }

  /** Server-sent events of the dispatch board: route changes in the caller's region. */
  @Get('dispatch/board/events')
  @ApiEventStream('`snapshot` first, then `update` per route change')
  @Roles('DISPATCHER', 'LEB_OFFICER')
  async boardEvents(
    @Query() q: BoardEventsQuery,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const scope = await consoleScope(this.ds.manager, this.coverage, p, q.region);
    // A provider's dispatcher follows the regions its service area lies in.
    const region = scope.kind === 'region' ? scope.regionKato.slice(0, 2).padEnd(9, '0') : null;
    if (!region) {
      const providerRegion =
        scope.kind === 'provider'
          ? await this.console.providerRegionOf(this.ds.manager, scope.providerId)
          : null;
      if (!providerRegion) forbid('provider');
      // The region's events, each checked against the provider's scope (walk t22 m2); a shift's
      // provider is remembered for the stream (positions come every few seconds).
      const shiftProviders = new Map<string, string | null>();
      await this.stream(req, reply, 'region', providerRegion, { type: 'route' }, async (message) => {
        const ev = JSON.parse(message) as { alertId?: string; shiftId?: string; bookingId?: string };
        const known = ev.shiftId && !ev.alertId && !ev.bookingId ? shiftProviders.get(ev.shiftId) : undefined;
        const owners =
          known !== undefined
            ? { alertProvider: null, shiftProvider: known, pickupKato: null }
            : await this.console.liveEventOwners(ev);
        if (ev.shiftId) shiftProviders.set(ev.shiftId, owners.shiftProvider);
        return liveEventInScope(scope, ev, owners);
      });
      return;
    }
    await this.stream(req, reply, 'region', region, { type: 'route' });
  }

  private async assertMayFollow(
    p: Principal,
    b: { beneficiaryId: string; pickupKato: string },
  ): Promise<void> {
    if (p.role === 'BENEFICIARY') {
      if (p.beneficiaryId !== b.beneficiaryId) forbid('own');
      return;
    }
    if (p.role === 'GUARDIAN') {
      if (!(await this.guardianships.isGuardianOf(this.ds.manager, p.userId, b.beneficiaryId)))
        forbid('ward');
      return;
    }
    const scope = await consoleScope(this.ds.manager, this.coverage, p);
    if (!scopeHasPlace(scope, b.pickupKato)) forbid('region');
  }

  private stream(
    req: FastifyRequest,
    reply: FastifyReply,
    topic: LiveTopic,
    id: string,
    first: object,
    pass?: (message: string) => Promise<boolean>,
  ): Promise<void> {
    return this.streams.stream(req, reply, {
      channel: this.live.channel(topic, id),
      event: 'update',
      retryMs: 3000,
      first: { event: 'snapshot', data: JSON.stringify(first) },
      ...(pass ? { pass } : {}),
    });
  }
}
