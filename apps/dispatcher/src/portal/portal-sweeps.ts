import { message, JobName, type JobMessage } from '@invataxi/queue';
import type { SweepRule } from '../core/sweep-registry';

/**
 * A fresh job id per hour: the failed job of the same version may still sit in Redis (kept a
 * week) and would swallow a re-enqueue under its own id. The handlers are idempotent, so an
 * extra run costs one look at portal_sync_state.
 */
function hourBucket(): string {
  return `sweep${Math.floor(Date.now() / 3_600_000)}`;
}

/** Portal bookings whose latest version the Portal never acknowledged (lost job, Portal long down). */
export const unacknowledgedPortalStatuses: SweepRule = async (ds, staleBefore) => {
  const rows: { id: string; version: number }[] = await ds.query(
    `SELECT b.id, b.version FROM booking b
       LEFT JOIN portal_sync_state s ON s.booking_id = b.id
      WHERE b.channel = 'PORTAL' AND b.portal_order_id IS NOT NULL
        AND b.updated_at < $1 AND b.updated_at > now() - interval '30 days'
        AND COALESCE(s.last_sent_version, 0) < b.version
      ORDER BY b.updated_at LIMIT 5000`,
    [staleBefore],
  );
  const bucket = hourBucket();
  return rows.map((r): JobMessage =>
    message(
      JobName.SyncPortalStatus,
      { bookingId: r.id, version: r.version },
      `${r.id}.v${r.version}.${bucket}`,
    ),
  );
};

/** Bookings still REQUESTED: their eligibility answer is pending; ask the Portal again. */
export const requestedBookings: SweepRule = async (ds, staleBefore) => {
  const rows: { id: string; version: number }[] = await ds.query(
    `SELECT id, version FROM booking WHERE status = 'REQUESTED' AND updated_at < $1 ORDER BY updated_at LIMIT 5000`,
    [staleBefore],
  );
  const bucket = hourBucket();
  return rows.map((r): JobMessage =>
    message(
      JobName.RecheckEligibility,
      { bookingId: r.id, version: r.version },
      `${r.id}.v${r.version}.${bucket}`,
    ),
  );
};
