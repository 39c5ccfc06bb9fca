import { ALL_DAY_SERVICE_HOURS, localDateTimeToUtc } from '@invataxi/domain';
import { replayWhatIf } from './whatif-replay';
import {
  demand,
  policy as cityPolicy,
  shifts as cityShifts,
  travel as cityTravel,
} from '../../../../bench/whatif/month';
import { B, C, DAY, EVE, WHEELCHAIR, car, input, policy, request, shift, van } from './whatif.fixture';

describe('what-if replay', () => {
  it('replays through the real-time insertion, and the evening re-plan serves what it waitlisted', async () => {
    // The walking rider asks first and takes the nearby van; the wheelchair rider, at the same
    // time the other way, finds the van taken and the car without a ramp: waitlisted. The
    // evening re-plan moves the walking rider to the car and gives the van to the wheelchair.
    const walking = request({ at: '10:00', to: B });
    const wheelchair = request({ at: '10:00', to: C, mobility: WHEELCHAIR, requested: [EVE, '13:00'] });
    const given = input({ requests: [walking, wheelchair] });
    const copy = structuredClone({ requests: given.requests, shifts: given.shifts });

    const withoutReplan = await replayWhatIf({ ...given, replan: null });
    expect(withoutReplan.outcomes).toEqual([
      expect.objectContaining({ id: walking.id, status: 'SCHEDULED', shiftId: 'van' }),
      { id: wheelchair.id, status: 'EXPIRED', reason: 'WAITLIST_WINDOW_PASSED' },
    ]);
    expect(withoutReplan.servedShare).toBe(0.5);
    expect(withoutReplan.figures.unmet.total).toBe(1);

    const r = await replayWhatIf(given);
    expect(r.outcomes).toEqual([
      expect.objectContaining({ id: walking.id, status: 'SCHEDULED', shiftId: 'car' }),
      expect.objectContaining({ id: wheelchair.id, status: 'SCHEDULED', shiftId: 'van' }),
    ]);
    expect(r.servedByReplan).toBe(1);
    expect(r.replans).toEqual({ run: 1, applied: 1 });
    expect(r.servedShare).toBe(1);
    // Every planned pickup inside the rider's window, the ride within the policy's limit.
    for (const o of r.outcomes) {
      if (o.status !== 'SCHEDULED') throw new Error(o.status);
      expect(o.plannedPickupAt.getTime()).toBeGreaterThanOrEqual(localDateTimeToUtc(DAY, '10:00').getTime());
      expect(o.plannedPickupAt.getTime()).toBeLessThanOrEqual(localDateTimeToUtc(DAY, '10:15').getTime());
    }
    expect(r.figures.onTime).toMatchObject({ arrivals: 2, onTimeShare: 1 });
    expect(r.figures.rideTime.overLimit).toBe(0);
    expect(r.figures.accessibility.wheelchairTrips).toBe(1);
    // Two rides at 1,500 tenge plus 120 a km of 5.2 km.
    expect(r.figures.cost.costTenge).toBe(2 * (1500 + 624));
    expect(r.figures.productivity).toMatchObject({ shifts: 2, serviceHours: 28, passengerTrips: 2 });
    // The input is a copy the replay never changes (no live row is ever read or written).
    expect({ requests: given.requests, shifts: given.shifts }).toEqual(copy);
  });

  it('refuses by the booking rules of the policy variant, and serves more with its hours and fleet', async () => {
    const ok = request({ at: '09:00', to: B });
    const late = request({ at: '22:30', to: B });
    const short = request({ at: '12:00', to: C, requested: [DAY, '11:50'] });
    const base = await replayWhatIf(input({ requests: [ok, late, short] }));
    expect(base.outcomes.map((o) => [o.id, o.status, 'reason' in o ? o.reason : null])).toEqual([
      [ok.id, 'SCHEDULED', null],
      [late.id, 'REJECTED', 'OUTSIDE_SERVICE_HOURS'],
      [short.id, 'REJECTED', 'LEAD_TIME_TOO_SHORT'],
    ]);
    expect(base.figures.trips).toMatchObject({ requested: 3, refused: 2, completed: 1 });
    expect(base.figures.trips.refusedByReason).toEqual(
      expect.arrayContaining([
        { reason: 'OUTSIDE_SERVICE_HOURS', count: 1 },
        { reason: 'LEAD_TIME_TOO_SHORT', count: 1 },
      ]),
    );
    // The refusal's message is told with the policy's value (never "{minutes}").
    expect(base.reasonParams).toEqual({ LEAD_TIME_TOO_SHORT: { minutes: 30 } });

    // Round the clock with no lead time, but the same daytime fleet: the night ride finds no vehicle.
    const hours = { ...policy, serviceHours: ALL_DAY_SERVICE_HOURS, minLeadMinutes: 0 };
    const longer = await replayWhatIf(input({ requests: [ok, late, short], policy: hours }));
    expect(longer.outcomes.map((o) => o.status)).toEqual(['SCHEDULED', 'EXPIRED', 'SCHEDULED']);
    // ... and with a van on the night shift too, everyone is served.
    const night = shift('night-van', { lat: 51.132, lon: 71.43 }, true, ['21:00', '24:00']);
    const fleet = await replayWhatIf(
      input({ requests: [ok, late, short], policy: hours, shifts: [van, car, night] }),
    );
    expect(fleet.outcomes.map((o) => o.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
    expect(fleet.servedShare).toBe(1);
    expect(fleet.figures.productivity.shifts).toBe(3);
  });

  it('on an overloaded day the evening re-plan keeps every ride already promised and serves from the waitlist what fits around them', async () => {
    // 100 requests for 2 vehicles (bench:whatif's city, one day): most wait. The re-plan's
    // search used to leave scheduled rides out to serve more waitlisted ones (31-35 of them with
    // 600 requests for 10 vehicles), the live rule (a ride on a route stays on one) refused the
    // whole plan, and nobody waiting was served.
    const day = {
      requests: demand(100, 1),
      shifts: cityShifts(2, 1),
      policy: cityPolicy,
      tariffs: [],
      travel: cityTravel,
    };
    const realtime = await replayWhatIf({ ...day, replan: null });
    const promised = realtime.outcomes.filter((o) => o.status === 'SCHEDULED').map((o) => o.id);
    expect(promised.length).toBeGreaterThan(10);
    expect(promised.length).toBeLessThan(50);

    const r = await replayWhatIf({ ...day, replan: { at: '20:00', timeLimitMs: 1000 } });
    expect(r.replans).toEqual({ run: 1, applied: 1 });
    expect(r.servedByReplan).toBeGreaterThan(0);
    const scheduled = new Set(r.outcomes.filter((o) => o.status === 'SCHEDULED').map((o) => o.id));
    expect(promised.filter((id) => !scheduled.has(id))).toEqual([]);
    expect(scheduled.size).toBe(promised.length + r.servedByReplan);
    // Planned within the limit, by the insertion and by the re-plan: none over it (walk t25 M2).
    expect(realtime.figures.rideTime.overLimit).toBe(0);
    expect(r.figures.rideTime.overLimit).toBe(0);
  }, 60_000);

  it('measures ride time as the limit is applied and the reports measure it: on board to the drop-off (walk t25 M2)', async () => {
    // The limit set to the direct drive itself (1 x 624 s + 0 min): the planner can still take
    // the 4 km ride (its drive is 621 s) only if the ride counts from the end of boarding, as the
    // planner's limit does. Counted from the planned pickup it read 2 min (a walker's
    // boarding) longer, over the limit it was planned within, at a ratio of 1.19.
    const tight = { ...policy, maxRideTime: { factor: 1, plusMinutes: 0 } };
    const walking = request({ at: '10:00', to: B });
    const wheelchair = request({ at: '14:00', to: C, mobility: WHEELCHAIR });
    const r = await replayWhatIf(
      input({ requests: [walking, wheelchair], shifts: [van], policy: tight, replan: null }),
    );
    expect(r.outcomes.map((o) => o.status)).toEqual(['SCHEDULED', 'SCHEDULED']);
    expect(r.figures.rideTime).toMatchObject({ measured: 2, overLimit: 0, overLimitShare: 0 });
    expect(r.figures.rideTime.meanRatio).toBeLessThanOrEqual(1);
    expect(r.figures.rideTime.meanMinutes).toBeLessThanOrEqual(624 / 60);
  });

  it('counts the quota per rider as the live checks do', async () => {
    const quota = { ...policy, tripsPerMonth: 1 };
    const first = request({ at: '09:00', to: B });
    const second = request({ at: '15:00', to: C, beneficiaryId: first.beneficiaryId });
    const r = await replayWhatIf(input({ requests: [first, second], policy: quota, replan: null }));
    expect(r.outcomes.map((o) => ('reason' in o ? o.reason : o.status))).toEqual([
      'SCHEDULED',
      'QUOTA_EXCEEDED',
    ]);
  });

  it('expects on time with the delays observed: a pickup counts with the share of them its slack absorbs (t25 M3)', async () => {
    // Observed in the base period: on time, 2 min, 10 min and 20 min late.
    const observedDelays = [0, 120, 600, 1200];
    // Riders at 09:00 (window 09:00-09:15): one at A going east to B, one at B going west.
    const first = request({ at: '09:00', to: B });
    const second = request({ at: '09:00', to: C, pickup: B });
    const planned = (r: Awaited<ReturnType<typeof replayWhatIf>>): number[] =>
      r.outcomes.map((o) => {
        if (o.status !== 'SCHEDULED') throw new Error(o.status);
        return (o.plannedPickupAt.getTime() - localDateTimeToUtc(DAY, '09:00').getTime()) / 60_000;
      });
    // The first alone on the van: picked up at 09:00, 15 min of slack, which absorbs 0, 2 and
    // 10 min but not 20: 3/4.
    const loose = await replayWhatIf(
      input({ requests: [first], shifts: [van], replan: null, observedDelays }),
    );
    expect(planned(loose)).toEqual([0]);
    expect(loose.expectedOnTimeShare).toBe(3 / 4);
    // More demand on the same van: the second pickup waits for the first drop-off at B (10.4 min'
    // drive, boarding and alighting), still inside its window but with under 2 min of slack: it
    // absorbs the 0 only: 1/4. (3/4 + 1/4) / 2 = 1/2, while every pickup is planned inside its window.
    const tight = await replayWhatIf(
      input({ requests: [first, second], shifts: [van], replan: null, observedDelays }),
    );
    const [p1, p2] = planned(tight);
    expect(p1).toBe(0);
    expect(p2).toBeGreaterThan(13);
    expect(p2).toBeLessThanOrEqual(15);
    expect(tight.expectedOnTimeShare).toBe(1 / 2);
    expect(tight.figures.onTime.onTimeShare).toBe(1);
    // Nothing observed: nothing to expect.
    expect((await replayWhatIf(input({ requests: [first], replan: null }))).expectedOnTimeShare).toBeNull();
  });
  it('breaks the refusals down by reason exactly: a request refused for two reasons counts once, under its first (walk t25 M2)', async () => {
    // Hand-counted: one served; one replayed from the refusals at the time, asked at 22:30 five
    // minutes ahead (outside the hours and too short a notice: two reasons); one refusal counted
    // as recorded with two reasons, and one with one. 3 refused; the reasons counted each
    // reason given, 5.
    const ok = request({ at: '09:00', to: B });
    const lateAndShort = request({
      at: '22:30',
      to: B,
      requested: [DAY, '22:25'],
      person: null,
      refusedThen: true,
    });
    const at = localDateTimeToUtc(DAY, '08:00');
    const r = await replayWhatIf(
      input({
        requests: [ok, lateAndShort],
        refused: [
          { at, districtKato: '711210000', reasons: ['PURPOSE_NOT_ALLOWED', 'LEAD_TIME_TOO_SHORT'] },
          { at, districtKato: '711210000', reasons: ['BEYOND_HORIZON'] },
        ],
        replan: null,
      }),
    );
    expect(r.outcomes.map((o) => ('reason' in o ? o.reason : o.status))).toEqual([
      'SCHEDULED',
      'OUTSIDE_SERVICE_HOURS',
    ]);
    expect(r.figures.trips).toMatchObject({ requested: 4, refused: 3 });
    expect(r.figures.trips.refusedByReason).toEqual([
      { reason: 'BEYOND_HORIZON', count: 1 },
      { reason: 'OUTSIDE_SERVICE_HOURS', count: 1 },
      { reason: 'PURPOSE_NOT_ALLOWED', count: 1 },
    ]);
    const sum = r.figures.trips.refusedByReason.reduce((a, x) => a + x.count, 0);
    expect(sum).toBe(r.figures.trips.refused);
  });
});
