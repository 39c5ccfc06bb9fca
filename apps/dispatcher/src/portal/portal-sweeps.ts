import { message, JobName, type JobMessage } from '@invataxi/queue';
import type { BookingAtVersion, PortalSyncRepository, StuckBookingsRepository } from '@invataxi/persistence';
import type { SweepRule } from '../core/sweep-registry';

/**
 * A fresh job id per hour: the failed job of the same version may still sit in Redis (kept a
 * week) and would swallow a re-enqueue under its own id. The handlers are idempotent, so an
 * extra run costs one look at portal_sync_state.
 */
function hourBucket(): string {
  return `sweep${Math.floor(Date.now() / 3_600_000)}`;
}

function hourly(
  name: JobName.SyncPortalStatus | JobName.RecheckEligibility,
  rows: BookingAtVersion[],
): JobMessage[] {
  const bucket = hourBucket();
  return rows.map((r) =>
    message(name, { bookingId: r.id, version: r.version }, `${r.id}.v${r.version}.${bucket}`),
  );
}

/** Portal bookings whose latest version the Portal never acknowledged (lost job, Portal long down). */
export function unacknowledgedPortalStatuses(sync: PortalSyncRepository): SweepRule {
  return async (staleBefore) => hourly(JobName.SyncPortalStatus, await sync.findUnacknowledged(staleBefore));
}

/** Bookings still REQUESTED: their eligibility answer is pending; ask the Portal again. */
export function requestedBookings(bookings: StuckBookingsRepository): SweepRule {
  return async (staleBefore) =>
    hourly(JobName.RecheckEligibility, await bookings.findStaleRequested(staleBefore));
}
