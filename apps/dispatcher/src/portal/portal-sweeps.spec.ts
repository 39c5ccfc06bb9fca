// The Portal's sweep rules turn what the repositories report into jobs: no database, no Redis.
import type { PortalSyncRepository, StuckBookingsRepository } from '@invataxi/persistence';
import { JobName } from '@invataxi/queue';
import { requestedBookings, unacknowledgedPortalStatuses } from './portal-sweeps';

const staleBefore = new Date('2026-12-01T10:00:00Z');

describe('portal sweeps', () => {
  afterEach(() => jest.useRealTimers());

  it('re-sends unacknowledged statuses under an id fresh each hour, so a failed job kept in Redis cannot swallow it', async () => {
    const sync = { findUnacknowledged: jest.fn(async () => [{ id: 'b1', version: 3 }]) };
    const rule = unacknowledgedPortalStatuses(sync as unknown as PortalSyncRepository);
    jest.useFakeTimers({ now: new Date('2026-12-01T10:59:00Z') });
    const [first] = await rule(staleBefore);
    jest.setSystemTime(new Date('2026-12-01T11:00:00Z'));
    const [next] = await rule(staleBefore);
    expect(sync.findUnacknowledged).toHaveBeenCalledWith(staleBefore);
    expect(first).toMatchObject({ name: JobName.SyncPortalStatus, payload: { bookingId: 'b1', version: 3 } });
    expect(first!.jobId).toMatch(/\.b1\.v3\.sweep\d+$/);
    expect(next!.jobId).not.toBe(first!.jobId);
  });

  it('asks the Portal again about bookings still REQUESTED', async () => {
    const bookings = { findStaleRequested: jest.fn(async () => [{ id: 'b2', version: 1 }]) };
    const msgs = await requestedBookings(bookings as unknown as StuckBookingsRepository)(staleBefore);
    expect(msgs).toEqual([
      expect.objectContaining({ name: JobName.RecheckEligibility, payload: { bookingId: 'b2', version: 1 } }),
    ]);
  });
});
