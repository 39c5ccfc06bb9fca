import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ARRIVAL_REVIEW_CODES,
  DomainError,
  CLOCK,
  type Clock,
  type StatusAnomalyCode,
} from '@invataxi/domain';
import { forbid, type Principal } from '@invataxi/auth';
import {
  CoverageRepository,
  StatusAnomaliesRepository,
  transact,
  transitionBooking,
  type StatusAnomalyRow,
} from '@invataxi/persistence';
import { JobName, message } from '@invataxi/queue';
import { consoleScope, scopeHasShift } from './console-scope';
import type { FlagDecision } from './status-flags.dto';
import { LiveEvents } from './live-events';

/** A driver's status taken but flagged for the dispatcher (issue 18), as the board shows it. */
export interface StatusFlagView {
  id: string;
  bookingId: string;
  shiftId: string | null;
  /** The status the driver reported. */
  status: string;
  /** LATE_START, LATE_ARRIVAL or ARRIVED_AWAY: the board words it. */
  code: string;
  /** Minutes late, metres away. */
  minutes: number | null;
  metres: number | null;
  reportedAt: string;
  plannedPickupAt: string | null;
  pickupEarliest: string;
  pickupLatest: string;
  /** PENDING until a dispatcher confirms the ride (billed) or rejects it (not billed). */
  review: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  reviewedAt: string | null;
}

export function flagView(r: StatusAnomalyRow): StatusFlagView {
  const figure = (k: string) => (typeof r.params[k] === 'number' ? (r.params[k] as number) : null);
  return {
    id: r.id,
    bookingId: r.bookingId,
    shiftId: r.shiftId,
    status: r.status,
    code: r.code,
    minutes: figure('minutes'),
    metres: figure('metres'),
    reportedAt: r.reportedAt.toISOString(),
    plannedPickupAt: r.plannedPickupAt?.toISOString() ?? null,
    pickupEarliest: r.pickupEarliest.toISOString(),
    pickupLatest: r.pickupLatest.toISOString(),
    review: r.review,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

/** The dispatcher's review of flagged statuses: confirm the ride (billed) or reject it (not billed), audited. */
@Injectable()
export class StatusFlagsService {
  constructor(
    private readonly ds: DataSource,
    private readonly anomalies: StatusAnomaliesRepository,
    private readonly coverage: CoverageRepository,
    private readonly live: LiveEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async review(
    p: Principal,
    id: string,
    decision: FlagDecision,
    note: string | undefined,
  ): Promise<{ id: string; bookingId: string; review: FlagDecision }> {
    const out = await transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
      const m = uow.manager;
      const a = await this.anomalies.forReview(m, id);
      if (!a) throw new DomainError('NOT_FOUND', { entity: 'status_anomaly', id });
      const scope = await consoleScope(m, this.coverage, p);
      if (
        !a.providerId ||
        !scopeHasShift(scope, {
          providerId: a.providerId,
          startKato: a.startKato ?? '',
          providerRegion: a.providerRegion ?? '',
        })
      )
        forbid('shift');
      if (a.review !== 'PENDING') throw new DomainError('CONFLICT', { reason: 'ANOMALY_ALREADY_REVIEWED' });
      const done = await this.anomalies.review(
        m,
        id,
        decision,
        p.userId,
        note?.trim() || null,
        this.clock.now(),
      );
      if (!done) throw new DomainError('CONFLICT', { reason: 'ANOMALY_ALREADY_REVIEWED' });
      // A far-away arrival the ride is still at: confirmed, the rider still waiting is told now
      // that the vehicle is there; rejected, the vehicle is still on its way: the ride goes back
      // to EN_ROUTE (a new version: the Portal hears it, the rider's page keeps the ETA).
      const arrival =
        a.status === 'ARRIVED' &&
        ARRIVAL_REVIEW_CODES.includes(a.code as StatusAnomalyCode) &&
        a.bookingStatus === 'ARRIVED';
      let back: { status: string; version: number } | null = null;
      if (arrival && decision === 'REJECTED')
        back = await transitionBooking(uow, {
          bookingId: a.bookingId,
          to: 'EN_ROUTE',
          expectedVersion: a.bookingVersion,
          patch: { arrivedAt: null },
        });
      if (arrival && decision === 'CONFIRMED')
        uow.enqueue(
          message(
            JobName.NotifyBookingStatus,
            { bookingId: a.bookingId, version: a.bookingVersion, status: 'ARRIVED' },
            `${a.bookingId}.v${a.bookingVersion}.arrival-confirmed`,
          ),
        );
      uow.audit({
        action: decision === 'CONFIRMED' ? 'status_flag.confirmed' : 'status_flag.rejected',
        entityType: 'booking',
        entityId: a.bookingId,
        before: { flag: id, review: 'PENDING' },
        after: { flag: id, review: decision, ...(note?.trim() ? { note: note.trim() } : {}) },
      });
      const live = arrival
        ? {
            regionKato: a.bookingRegion,
            status: back?.status ?? a.bookingStatus,
            version: back?.version ?? a.bookingVersion,
          }
        : null;
      return { id, bookingId: a.bookingId, review: decision, live };
    });
    // The rider's page and the board hear the ride as it now is.
    if (out.live) {
      const ev = {
        type: 'status' as const,
        bookingId: out.bookingId,
        status: out.live.status,
        version: out.live.version,
      };
      await this.live.publish('booking', out.bookingId, ev).catch(() => undefined);
      await this.live.publish('region', out.live.regionKato, ev).catch(() => undefined);
    }
    return { id: out.id, bookingId: out.bookingId, review: out.review };
  }
}
