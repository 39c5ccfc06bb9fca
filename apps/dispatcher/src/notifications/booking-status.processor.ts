import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BookingEntity, queryPrepared, selectById, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { kindForStatusChange, type NotificationKind } from '@invataxi/notifications';
import { UnrecoverableError, type JobOf, type JobName } from '@invataxi/queue';
import { NotificationPlanner } from './notification-planner';

/** Never lowers the mark: a late job for an older version (same status) leaves a newer one. */
const MARK_HANDLED = `INSERT INTO booking_notified (booking_id, version) VALUES ($1, $2)
  ON CONFLICT (booking_id) DO UPDATE SET version = EXCLUDED.version, updated_at = now()
  WHERE booking_notified.version < EXCLUDED.version`;

/**
 * NotifyBookingStatus (enqueued by the booking fan-out on every status change): decides
 * whether the change is news to the rider and plans the messages. A status that is no longer
 * the booking's is not announced: the later change has its own job.
 */
@Injectable()
export class BookingStatusProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
  ) {}

  async run(
    payload: JobOf<JobName.NotifyBookingStatus>,
  ): Promise<{ kind: NotificationKind | null; created: number; skipped?: string }> {
    const booking = await selectById(this.ds.manager, BookingEntity, payload.bookingId);
    if (!booking) throw new UnrecoverableError('booking not found');
    if (booking.version < payload.version) throw new Error('booking row older than the job: retry');
    if (booking.status !== payload.status) return { kind: null, created: 0, skipped: 'MOVED_ON' };
    const change = await this.changeOf(booking.id, payload.status, payload.version);
    const kind = kindForStatusChange({ to: payload.status, ...change });
    // The version is marked handled with its messages, also when it tells nobody: the sweeper
    // re-enqueues this job for a recent version that is not marked (Redis lost the job).
    const created = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const ids = kind
        ? await this.planner.plan(uow, { booking, kind, occasion: `v${payload.version}`, now: new Date() })
        : [];
      await queryPrepared(uow.manager, MARK_HANDLED, [booking.id, payload.version]);
      return ids;
    });
    return { kind, created: created.length };
  }

  /** The status before and who changed it: the transition's audit row (transitionBooking writes it). */
  private async changeOf(
    bookingId: string,
    status: string,
    version: number,
  ): Promise<{ from: string | null; actorRole: string | null }> {
    const rows = (await queryPrepared(
      this.ds.manager,
      `SELECT actor_role, before->>'status' AS from_status FROM audit_log
        WHERE entity_type = 'booking' AND entity_id = $1 AND action = $2 AND (after->>'version')::int = $3
        ORDER BY id DESC LIMIT 1`,
      [bookingId, `booking.${status.toLowerCase()}`, version],
    )) as { actor_role: string; from_status: string | null }[];
    return { from: rows[0]?.from_status ?? null, actorRole: rows[0]?.actor_role ?? null };
  }
}
