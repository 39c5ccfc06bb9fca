import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BookingEntity,
  PortalSyncRepository,
  PortalSyncStateEntity,
  SYSTEM_ACTOR,
  transact,
  timesOfBooking,
  type ShiftCrewRow,
  type StatusAtVersion,
} from '@invataxi/persistence';
import {
  PORTAL_GATEWAY,
  PortalRefusedError,
  PortalUnavailableError,
  type PortalGateway,
  type PortalStatusUpdate,
} from '@invataxi/portal';
import { JobName, OnJob, UnrecoverableError, type JobOf } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';

/**
 * SyncPortalStatus: tells the Portal every status of a Portal booking, in version order.
 * portal_sync_state holds the last acknowledged version, locked while sending, so two jobs of
 * one booking never interleave; a job whose version is already acknowledged does nothing, and
 * the first job to run sends the whole backlog (a retried older job after a newer one: skipped).
 * Progress is committed before a failure is rethrown, so a retry resumes where it stopped.
 */
@Injectable()
export class PortalStatusProcessor {
  constructor(
    private readonly ds: DataSource,
    @Inject(PORTAL_GATEWAY) private readonly portal: PortalGateway,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly syncState: PortalSyncRepository,
  ) {}

  /** Public for tests. Returns the versions acknowledged by this run. */
  @OnJob(JobName.SyncPortalStatus)
  async sync(p: JobOf<JobName.SyncPortalStatus>): Promise<{ sent: number[] }> {
    const outcome = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const m = uow.manager;
      const booking = await m.getRepository(BookingEntity).findOneBy({ id: p.bookingId });
      if (!booking || booking.channel !== 'PORTAL' || !booking.portalOrderId)
        return { sent: [] as number[], failure: null };
      await this.syncState.ensureSyncState(m, booking.id);
      // The lock orders concurrent jobs of one booking; other bookings are not held up.
      const state = await m
        .getRepository(PortalSyncStateEntity)
        .findOneOrFail({ where: { bookingId: booking.id }, lock: { mode: 'pessimistic_write' } });
      if (state.lastSentVersion >= Math.min(p.version, booking.version)) return { sent: [], failure: null };
      const pending = await this.syncState.versionsToTell(m, booking, state.lastSentVersion);
      const shiftIds = [...new Set(pending.flatMap((s) => (s.shiftId ? [s.shiftId] : [])))];
      const crews = new Map(
        (await this.syncState.crewsOfShifts(m, shiftIds)).map((c) => [c.shiftId, c] as const),
      );
      const sent: number[] = [];
      for (const s of pending) {
        try {
          const ack = await this.portal.sendStatus(
            statusUpdate(booking, s, s.shiftId ? crews.get(s.shiftId) : undefined),
            `status.${booking.id}.v${s.version}`,
          );
          // "Stale" means the Portal already holds a newer version: as good as acknowledged.
          if (!ack.accepted)
            this.logger.info({ bookingId: booking.id, version: s.version }, 'portal had a newer status');
        } catch (e) {
          if (e instanceof PortalUnavailableError || e instanceof PortalRefusedError)
            return { sent, failure: e };
          throw e;
        }
        await m.update(
          PortalSyncStateEntity,
          { bookingId: booking.id },
          { lastSentVersion: s.version, lastSentStatus: s.status },
        );
        sent.push(s.version);
      }
      return { sent, failure: null };
    });
    if (outcome.failure instanceof PortalRefusedError) throw new UnrecoverableError(outcome.failure.message);
    if (outcome.failure) throw outcome.failure;
    return { sent: outcome.sent };
  }
}

/**
 * What the Portal is told of one version. The status, reason, vehicle/driver and planned and
 * actual times are the version's own, as the audit history records them (recordTransition);
 * where an older history row has no times, the booking's current ones are sent. The ETA is the
 * version's planned pickup time (the dispatch model's; no live ETA is stored). The
 * late-cancellation flag is the booking's, on its CANCELLED version.
 */
export function statusUpdate(
  b: BookingEntity,
  s: StatusAtVersion,
  crew: ShiftCrewRow | undefined,
): PortalStatusUpdate {
  const times = s.times ?? timesOfBooking(b);
  return {
    orderId: b.portalOrderId ?? '',
    bookingId: b.id,
    status: s.status,
    version: s.version,
    reason: s.reason,
    vehicle: crew
      ? {
          plate: crew.plate,
          model: crew.model,
          ramp: crew.hasRamp,
          lift: crew.hasLift,
          wheelchairPlaces: Number(crew.wheelchairPlaces),
        }
      : null,
    driver: crew?.driverFirstName ? { firstName: crew.driverFirstName } : null,
    ...times,
    etaAt: s.status === 'EN_ROUTE' ? times.plannedPickupAt : null,
    lateCancellation: s.status === 'CANCELLED' && b.lateCancellation,
    changedAt: new Date(s.at).toISOString(),
  };
}
