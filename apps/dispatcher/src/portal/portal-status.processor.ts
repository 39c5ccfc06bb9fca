import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BookingEntity,
  PortalSyncRepository,
  PortalSyncStateEntity,
  SYSTEM_ACTOR,
  transact,
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
      const pending = await this.syncState.statusesSince(
        m,
        booking.id,
        state.lastSentVersion,
        booking.version,
      );
      if (!pending.some((s) => s.version === booking.version))
        pending.push({
          version: booking.version,
          status: booking.status,
          reason: booking.statusReason,
          at: booking.updatedAt,
        });
      const sent: number[] = [];
      for (const s of pending) {
        try {
          const ack = await this.portal.sendStatus(
            this.update(booking, s),
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

  private update(b: BookingEntity, s: StatusAtVersion): PortalStatusUpdate {
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    const latest = s.version === b.version;
    return {
      orderId: b.portalOrderId ?? '',
      bookingId: b.id,
      status: s.status,
      version: s.version,
      reason: s.reason,
      // Times are today's values; they belong to the latest version only.
      plannedPickupAt: latest ? iso(b.plannedPickupAt) : null,
      actualPickupAt: latest ? iso(b.actualPickupAt) : null,
      actualDropoffAt: latest ? iso(b.actualDropoffAt) : null,
      changedAt: new Date(s.at).toISOString(),
    };
  }
}
