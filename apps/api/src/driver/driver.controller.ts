import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import type { KeyedRequest } from '@invataxi/persistence';
import { DriverMissedDto, DriverStatusDto, LocationBatchDto, LocationDto } from './driver.dto';
import { DriverService, type Eta, type Manifest } from './driver.service';
import { ApiEventStream } from '../openapi/decorators';
import { EventStreams } from '../http/event-streams';
import { LiveEvents } from '../dispatch/live-events';
import { Idempotent, Keyed } from '../http/idempotency';

@ApiTags('driver')
@Controller('driver')
export class DriverController {
  constructor(
    private readonly drivers: DriverService,
    private readonly streams: EventStreams,
    private readonly live: LiveEvents,
  ) {}

  /**
   * The signed-in driver's shift today (or the first ahead): stops in order with what each rider
   * needs; and the driver's own coming shifts of the next days, read-only.
   */
  @Get('manifest')
  @Roles('DRIVER')
  manifest(@CurrentPrincipal() p: Principal): Promise<Manifest> {
    return this.drivers.manifest(p);
  }

  /**
   * Server-sent events of the driver's current and coming shifts: every change of a ride on them
   * (a cancellation, a new stop), so the page reads its manifest again and says what changed.
   */
  @Get('events')
  @ApiEventStream('`snapshot` first, then `update` per change of a ride on the shifts')
  @Roles('DRIVER')
  async events(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const shifts = await this.drivers.followedShifts(p);
    const [first, ...more] = shifts.map((id) => this.live.channel('shift', id));
    await this.streams.stream(req, reply, {
      // No shift: a channel of the driver's own that nothing publishes on (the page stays quiet).
      channel: first ?? this.live.channel('shift', `none:${p.userId}`),
      event: 'update',
      retryMs: 3000,
      first: { event: 'snapshot', data: JSON.stringify({ shifts }) },
      also: more.map((channel) => ({ channel, event: 'update' })),
    });
  }

  /**
   * The driver reports a ride's progress (en route, arrived, on board, completed, no-show). With
   * an Idempotency-Key (the driver app's offline queue sends one per tap) a resend replays the
   * first answer: the report is taken once however often the phone sends it.
   */
  @Post('bookings/:id/status')
  @HttpCode(200)
  @Idempotent()
  @Roles('DRIVER')
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DriverStatusDto,
    @CurrentPrincipal() p: Principal,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<{ bookingId: string; status: string; version: number }> {
    return this.drivers.report(p, id, body.status, body.expectedVersion, keyed);
  }

  /**
   * The driver could not pick the rider up for a reason on the provider's side (the address
   * could not be reached, the vehicle was late, a vehicle problem): the ride is cancelled with
   * that reason and never counts against the rider. Only while the ride is en route or arrived.
   */
  @Post('bookings/:id/missed')
  @HttpCode(200)
  @Idempotent()
  @Roles('DRIVER')
  missed(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DriverMissedDto,
    @CurrentPrincipal() p: Principal,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<{ bookingId: string; status: string; version: number }> {
    return this.drivers.missed(p, id, body.reason, body.expectedVersion, keyed);
  }

  /** The vehicle's position; answers the ETAs of the stops ahead. */
  @Post('location')
  @HttpCode(200)
  @Roles('DRIVER')
  location(
    @Body() body: LocationDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ shiftId: string; etas: Eta[] }> {
    return this.drivers.position(p, body.lat, body.lon);
  }

  /**
   * The phone's positions gathered while the shift runs, sent in one batch (each with the time
   * it was taken: a batch queued in an underpass keeps its times). Positions of a time no open
   * shift of the driver covers are not stored and are counted in `outsideShift`.
   */
  @Post('locations')
  @HttpCode(200)
  @Idempotent()
  @Roles('DRIVER')
  locations(
    @Body() body: LocationBatchDto,
    @CurrentPrincipal() p: Principal,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<{ recorded: number; outsideShift: number }> {
    return this.drivers.positions(p, body.pings, keyed);
  }
}
