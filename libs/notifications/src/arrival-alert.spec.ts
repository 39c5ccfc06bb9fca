import { JobName } from '@invataxi/queue';
import { stopEtas, type StopAhead } from '@invataxi/domain';
import { arrivalAlertsOf } from './arrival-alert';

describe('arrivalAlertsOf (a location ping)', () => {
  const now = new Date('2026-12-07T04:00:00Z');
  const at = (min: number) => new Date(now.getTime() + min * 60_000);

  it("alerts the next pick-up when due, at the ETA the rider's page shows; never a drop-off or a stop further on", () => {
    const stops: StopAhead[] = [
      { bookingId: 'a', kind: 'PICKUP', status: 'SCHEDULED', serviceSeconds: 0, opensAt: at(8) },
      { bookingId: 'b', kind: 'DROPOFF', status: 'ON_BOARD', serviceSeconds: 0 },
      { bookingId: 'c', kind: 'PICKUP', status: 'SCHEDULED', serviceSeconds: 0, opensAt: null },
    ];
    const etas = stopEtas(stops, [120, 60, 60], now);
    expect(arrivalAlertsOf(stops, etas, 10, now)).toEqual([
      expect.objectContaining({
        name: JobName.NotifyVehicleArriving,
        payload: { bookingId: 'a', etaAt: at(8).toISOString() },
        jobId: `${JobName.NotifyVehicleArriving}.a`,
      }),
    ]);
  });

  it('no alert while the pick-up window opens beyond the minutes, however near the vehicle is', () => {
    const stops: StopAhead[] = [
      { bookingId: 'a', kind: 'PICKUP', status: 'SCHEDULED', serviceSeconds: 0, opensAt: at(80) },
    ];
    expect(arrivalAlertsOf(stops, stopEtas(stops, [8 * 60], now), 10, now)).toEqual([]);
  });
});
