import { JobName } from '@invataxi/queue';
import { arrivalAlertsOf } from './arrival-alert';

describe('arrivalAlertsOf (a location ping)', () => {
  const now = new Date('2026-12-07T04:00:00Z');
  const at = (min: number) => new Date(now.getTime() + min * 60_000).toISOString();

  it("alerts the pickups due within the minutes, at the ETA the rider's page shows; never a drop-off", () => {
    const jobs = arrivalAlertsOf(
      [
        { bookingId: 'a', kind: 'PICKUP', at: at(8) },
        { bookingId: 'a', kind: 'DROPOFF', at: at(20) },
        { bookingId: 'b', kind: 'DROPOFF', at: at(3) },
        { bookingId: 'c', kind: 'PICKUP', at: at(25) },
      ],
      10,
      now,
    );
    expect(jobs).toEqual([
      expect.objectContaining({
        name: JobName.NotifyVehicleArriving,
        payload: { bookingId: 'a', etaAt: at(8) },
        jobId: `${JobName.NotifyVehicleArriving}.a`,
      }),
    ]);
  });
});
