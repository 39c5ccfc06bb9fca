import {
  type FigureCell,
  histogramQuantile,
  mergeCells,
  lateCancelCause,
  mergeRiderMisses,
  missesByRider,
  riderMissCells,
  noShowCause,
  rollUpDay,
  serviceSeconds,
  shiftUse,
  summarise,
  summariseBy,
  tripOutcome,
  type ProviderTariff,
  type ShiftFact,
  type TripFact,
} from './operations-figures';
import { distanceMetres } from './geo';
import { localDateTimeToUtc } from './time';
import { LANGUAGES } from './vocabulary';
import { message, refusalStaffLabel, refusalTitle } from './messages';
import { REASON_CODES } from './reasons';

// One hand-worked day (10 November 2026, local times): eleven rides of a district with one
// shift, each figure below counted by hand in the comments.
const DAY = '2026-11-10';
const at = (hhmm: string): Date => localDateTimeToUtc(DAY, hhmm);
/** Points on the equator, one unit = 0.01 degree of longitude (about 1.1 km). */
const pt = (units: number) => ({ lat: 0, lon: units / 100 });

const base = (id: string, window: string, over: Partial<TripFact>): TripFact => {
  const earliest = at(window);
  return {
    id,
    beneficiaryId: 'b1',
    districtKato: '711110000',
    providerId: 'P',
    shiftId: 'S',
    status: 'COMPLETED',
    statusReason: null,
    pickupEarliest: earliest,
    pickupLatest: new Date(earliest.getTime() + 15 * 60_000),
    arrivedAt: null,
    actualPickupAt: null,
    actualDropoffAt: null,
    noShowAt: null,
    cancelledAt: null,
    lateCancellation: false,
    directSeconds: 1200,
    directMetres: 10_000,
    actualMetres: null,
    maxRideSeconds: 2400,
    companions: 0,
    wheelchair: false,
    pickup: pt(0),
    dropoff: pt(0),
    noShowWaitMinutes: 5,
    ...over,
  };
};

const trips: TripFact[] = [
  // on time (09:05 in 09:00-09:15), ride 30 min against 20 direct (1.5), a companion, a wheelchair
  base('t1', '09:00', {
    arrivedAt: at('09:05'),
    actualPickupAt: at('09:06'),
    actualDropoffAt: at('09:36'),
    companions: 1,
    wheelchair: true,
    actualMetres: 12_000,
    pickup: pt(1),
    dropoff: pt(3),
  }),
  // 12 minutes late (10:27 after 10:15), ride 50 min against 25 (2.0), over the 45-minute limit
  base('t2', '10:00', {
    arrivedAt: at('10:27'),
    actualPickupAt: at('10:28'),
    actualDropoffAt: at('11:18'),
    directSeconds: 1500,
    directMetres: 8000,
    maxRideSeconds: 2700,
    pickup: pt(3),
    dropoff: pt(6),
  }),
  // rider's no-show: 5 minutes early, waited from 12:00 until 12:06 (wait 5 minutes)
  base('t3', '12:00', { status: 'NO_SHOW', arrivedAt: at('11:55'), noShowAt: at('12:06'), pickup: pt(6) }),
  // the driver left early: arrived 13:02, reported 13:04, before 13:07
  base('t4', '13:00', { status: 'NO_SHOW', arrivedAt: at('13:02'), noShowAt: at('13:04'), pickup: pt(6) }),
  // the vehicle was late: arrived 14:20 after 14:15 (5 minutes late)
  base('t5', '14:00', { status: 'NO_SHOW', arrivedAt: at('14:20'), noShowAt: at('14:26'), pickup: pt(6) }),
  // rider's late cancellation, 10 minutes before the window
  base('t6', '15:00', {
    beneficiaryId: 'b2',
    status: 'CANCELLED',
    cancelledAt: at('14:50'),
    lateCancellation: true,
  }),
  // cancelled after the window closed with no vehicle at the door: the provider's
  base('t7', '16:00', {
    beneficiaryId: 'b2',
    status: 'CANCELLED',
    cancelledAt: at('16:30'),
    lateCancellation: true,
  }),
  base('t8', '08:00', {
    districtKato: '711120000',
    providerId: null,
    shiftId: null,
    status: 'REJECTED',
    statusReason: 'QUOTA_EXCEEDED',
  }),
  base('t9', '08:00', {
    districtKato: '711120000',
    providerId: null,
    shiftId: null,
    status: 'EXPIRED',
    statusReason: 'WAITLIST_WINDOW_PASSED',
  }),
  base('t10', '08:30', {
    districtKato: '711120000',
    providerId: null,
    shiftId: null,
    status: 'AWAITING_PROCUREMENT',
  }),
  // cancelled a day ahead: nobody's miss
  base('t11', '17:00', { providerId: null, shiftId: null, status: 'CANCELLED', cancelledAt: at('07:00') }),
];

const shift: ShiftFact = {
  id: 'S',
  providerId: 'P',
  districtKato: '711110000',
  startsAt: at('08:00'),
  endsAt: at('18:00'),
  start: pt(0),
  end: pt(0),
};
/** A time after the day's shifts: they count their whole service time. */
const DAY_OVER = at('23:59');
const tariffs: ProviderTariff[] = [
  { providerId: 'P', tariffPerTrip: 1500, tariffPerKm: 100, validFrom: '2026-01-01', validTo: null },
];

describe('who caused a miss', () => {
  it('splits no-shows into rider, vehicle late and driver left before the wait', () => {
    expect(trips.map(noShowCause).slice(2, 5)).toEqual(['RIDER', 'DRIVER_LEFT_EARLY', 'VEHICLE_LATE']);
    expect(noShowCause(trips[0] as TripFact)).toBeNull();
  });

  it('a no-show reported exactly when the wait ends is the rider’s; with no arrival, the vehicle’s', () => {
    const t = base('x', '12:00', { status: 'NO_SHOW', arrivedAt: at('12:01'), noShowAt: at('12:06') });
    expect(noShowCause(t)).toBe('RIDER');
    expect(noShowCause({ ...t, noShowAt: at('12:05') })).toBe('DRIVER_LEFT_EARLY');
    expect(noShowCause({ ...t, arrivedAt: null })).toBe('VEHICLE_LATE');
  });

  it('splits late cancellations; a clerical or early cancellation is nobody’s', () => {
    expect(trips.map(lateCancelCause).slice(5, 7)).toEqual(['RIDER', 'VEHICLE_LATE']);
    expect(lateCancelCause(trips[10] as TripFact)).toBeNull();
    const clerical = { ...(trips[5] as TripFact), statusReason: 'CANCELLED_DUPLICATE' };
    expect(lateCancelCause(clerical)).toBeNull();
  });
});

describe("the driver's miss on the provider's side (t22 finding 3)", () => {
  // Three rides of one rider: a no-show after the full wait (the rider's), the vehicle too late
  // reported on the way before the window closed, the address out of reach with the vehicle at
  // the door in time (both recorded by the driver as the provider's miss: cancelled, not late).
  const missed = (id: string, reason: string, over: Partial<TripFact>): TripFact =>
    base(id, '10:00', { status: 'CANCELLED', statusReason: reason, cancelledAt: at('10:10'), ...over });
  const day = [
    base('m1', '09:00', { status: 'NO_SHOW', arrivedAt: at('09:02'), noShowAt: at('09:08') }),
    missed('m2', 'MISSED_VEHICLE_LATE', {}),
    missed('m3', 'MISSED_ADDRESS_UNREACHABLE', { arrivedAt: at('10:03') }),
  ];

  it('counts each as a provider-caused miss under the driver’s reason, whenever it was reported', () => {
    expect(day.map(lateCancelCause)).toEqual([null, 'VEHICLE_LATE', 'ADDRESS_UNREACHABLE']);
    expect(lateCancelCause(missed('m4', 'MISSED_VEHICLE_PROBLEM', {}))).toBe('VEHICLE_PROBLEM');
  });

  it('a vehicle at the door after the window, the rider gone, is the provider’s no-show, vehicle late (walk h3 finding 3)', () => {
    // The window 10:00-10:15 (base): the driver reached the door at 10:25, the app refused the
    // rider's no-show and the driver recorded the miss 'vehicle late' at 10:31.
    const cameLate = missed('m5', 'MISSED_VEHICLE_LATE', {
      arrivedAt: at('10:25'),
      cancelledAt: at('10:31'),
    });
    expect(noShowCause(cameLate)).toBe('VEHICLE_LATE');
    expect(lateCancelCause(cameLate)).toBeNull();
    // Reported on the way (never at the door), or at the door inside the window: as before.
    expect(noShowCause(day[1] as TripFact)).toBeNull();
    const inWindow = missed('m6', 'MISSED_VEHICLE_LATE', { arrivedAt: at('10:10') });
    expect([noShowCause(inWindow), lateCancelCause(inWindow)]).toEqual([null, 'VEHICLE_LATE']);
    const figures = summarise(rollUpDay(DAY, [...day, cameLate], [shift], tariffs, [], DAY_OVER)).misses;
    expect(figures).toMatchObject({
      noShowsRider: 1,
      noShowsVehicleLate: 1,
      lateCancelsVehicleLate: 1,
      providerCaused: 3,
    });
    expect(missesByRider([...day, cameLate])).toEqual([
      expect.objectContaining({ noShowsRider: 1, noShowsProvider: 1, lateCancelsProvider: 2 }),
    ]);
  });

  it('a vehicle problem is its own cause in the day rolled up (f22 finding 1)', () => {
    const withProblem = [...day, missed('m4', 'MISSED_VEHICLE_PROBLEM', {})];
    expect(summarise(rollUpDay(DAY, withProblem, [shift], tariffs, [], DAY_OVER)).misses).toMatchObject({
      lateCancelsVehicleLate: 1,
      lateCancelsAddressUnreachable: 1,
      lateCancelsVehicleProblem: 1,
      providerCaused: 3,
    });
  });

  it('reads a cell kept before the causes were split as 0 of the new ones', () => {
    const old = rollUpDay(DAY, day, [shift], tariffs, [], DAY_OVER).map((c) => ({
      ...c,
      lateCancels: { RIDER: 0, VEHICLE_LATE: 2, DRIVER_LEFT_EARLY: 0 } as FigureCell['lateCancels'],
    }));
    expect(summarise(old).misses).toMatchObject({
      lateCancelsVehicleLate: 2,
      lateCancelsAddressUnreachable: 0,
      lateCancelsVehicleProblem: 0,
      providerCaused: 2,
    });
  });

  it('the day rolled up and the rider roll-up agree: 1 rider-caused, 2 provider-caused', () => {
    expect(summarise(rollUpDay(DAY, day, [shift], tariffs, [], DAY_OVER)).misses).toEqual({
      noShowsRider: 1,
      noShowsVehicleLate: 0,
      noShowsDriverLeftEarly: 0,
      lateCancelsRider: 0,
      lateCancelsVehicleLate: 1,
      lateCancelsAddressUnreachable: 1,
      lateCancelsVehicleProblem: 0,
      riderCaused: 1,
      providerCaused: 2,
    });
    expect(missesByRider(day)).toEqual([
      {
        beneficiaryId: 'b1',
        noShowsRider: 1,
        noShowsProvider: 0,
        lateCancelsRider: 0,
        lateCancelsProvider: 2,
      },
    ]);
  });
});

describe('requests the rules refused (nothing booked: the attempts, f22 finding 3)', () => {
  // One ride REJECTED after the eligibility check; three requests refused at booking: two that
  // day (one for two reasons), one the day after (not this day's).
  const rides = [base('r1', '09:00', { status: 'REJECTED', statusReason: 'CATEGORY_NOT_ELIGIBLE' })];
  const refusals = [
    { at: at('08:10'), districtKato: '711210000', reasons: ['LEAD_TIME_TOO_SHORT'] },
    { at: at('20:40'), districtKato: '711310000', reasons: ['OUTSIDE_SERVICE_HOURS', 'LEAD_TIME_TOO_SHORT'] },
    { at: localDateTimeToUtc('2026-11-11', '08:00'), districtKato: '711210000', reasons: ['BEYOND_HORIZON'] },
  ];

  it('counts each as requested and refused on the day it was asked, in the rider’s district, under each reason', () => {
    const cells = rollUpDay(DAY, rides, [], tariffs, refusals, DAY_OVER);
    const s = summarise(cells);
    expect(s.trips).toMatchObject({ requested: 3, accepted: 0, refused: 3 });
    expect(s.trips.refusedByReason).toEqual([
      { reason: 'LEAD_TIME_TOO_SHORT', count: 2 },
      { reason: 'CATEGORY_NOT_ELIGIBLE', count: 1 },
      { reason: 'OUTSIDE_SERVICE_HOURS', count: 1 },
    ]);
    const other = cells.find((c) => c.districtKato === '711310000');
    expect(other).toMatchObject({ providerId: null, requested: 1, refused: 1 });
  });
});

describe('a day rolled up and summarised', () => {
  const cells = rollUpDay(DAY, trips, [shift], tariffs, [], DAY_OVER);
  const s = summarise(cells);

  it('counts the trips from request to completion', () => {
    expect(s.trips).toEqual({
      requested: 11,
      accepted: 10,
      // t1-t5 on a route, t6 and t7 cancelled off their route
      scheduled: 7,
      completed: 2,
      refused: 1,
      refusedByReason: [{ reason: 'QUOTA_EXCEEDED', count: 1 }],
      // t3-t5
      noShows: 3,
      // t6, t7 off their route, t11 never on one
      cancelled: 3,
      cancelledBeforeRoute: 1,
      waitlistedUntilExpiry: 1,
    });
  });

  it('on time: 2 of 5 arrivals inside the window, one 5 min early, late 12 and 5 min', () => {
    expect(s.onTime.arrivals).toBe(5);
    expect(s.onTime.onTime).toBe(2);
    expect(s.onTime.early).toBe(1);
    expect(s.onTime.late).toBe(2);
    expect(s.onTime.onTimeShare).toBe(0.4);
    expect(s.onTime.earlyMinutes.slice(0, 3)).toEqual([0, 1, 0]);
    expect(s.onTime.lateMinutes.slice(0, 4)).toEqual([0, 1, 1, 0]);
    // 95% of 2 late arrivals are reached in the 10-15 minute bin
    expect(s.onTime.p95LateMinutes).toBe(15);
  });

  it('no-shows and late cancellations: 2 rider-caused, 3 provider-caused', () => {
    expect(s.misses).toEqual({
      noShowsRider: 1,
      noShowsVehicleLate: 1,
      noShowsDriverLeftEarly: 1,
      lateCancelsRider: 1,
      lateCancelsVehicleLate: 1,
      lateCancelsAddressUnreachable: 0,
      lateCancelsVehicleProblem: 0,
      riderCaused: 2,
      providerCaused: 3,
    });
  });

  it('unmet demand: the expired waitlisted ride and the one awaiting procurement, both at 08', () => {
    expect(s.unmet.total).toBe(2);
    expect(s.unmet.byHour[8]).toBe(2);
    const d2 = cells.find((c) => c.districtKato === '711120000');
    expect(d2?.unmet).toBe(2);
  });

  it('ride time: mean 40 min, p95 in the 50-55 bin, ratio 1.75 mean, one over the limit', () => {
    expect(s.rideTime).toEqual({
      measured: 2,
      meanMinutes: 40,
      p95Minutes: 55,
      meanRatio: 1.75,
      p95Ratio: 2.1,
      overLimit: 1,
      overLimitShare: 0.5,
    });
  });

  it('wheelchair trips and companions', () => {
    expect(s.accessibility).toEqual({ wheelchairTrips: 1, companions: 1 });
  });

  it('productivity: 3 passenger trips in 10 service hours, 80 min aboard, 7 of 12 units empty', () => {
    expect(s.productivity.shifts).toBe(1);
    expect(s.productivity.serviceHours).toBe(10);
    expect(s.productivity.passengerTrips).toBe(3);
    expect(s.productivity.passengerTripsPerServiceHour).toBe(0.3);
    expect(s.productivity.utilisation).toBe(0.13);
    expect(s.productivity.deadheadShare).toBe(0.58);
    const unit = distanceMetres(pt(0), pt(1));
    expect(s.productivity.vehicleKm).toBeCloseTo((12 * unit) / 1000, 1);
  });

  it('cost from the tariff: 2700 + 2300 tenge, 2500 a trip, over 28 passenger-km', () => {
    expect(s.cost).toEqual({
      costTenge: 5000,
      pricedTrips: 2,
      unpricedTrips: 0,
      passengerKm: 28,
      perTripTenge: 2500,
      perPassengerKmTenge: 178.57,
    });
  });

  it('a ride on a day no contract covers is not priced, and is counted as such', () => {
    const late = [{ ...(tariffs[0] as ProviderTariff), validFrom: '2026-12-01' }];
    const c = summarise(rollUpDay(DAY, trips, [shift], late, [], DAY_OVER)).cost;
    expect(c.costTenge).toBe(0);
    expect(c.unpricedTrips).toBe(2);
    expect(c.perTripTenge).toBeNull();
  });

  it('two days add up, and group by provider and district', () => {
    const twice = summarise([...cells, ...cells]);
    expect(twice.trips.requested).toBe(22);
    expect(twice.onTime.onTimeShare).toBe(0.4);
    expect(twice.cost.costTenge).toBe(10_000);
    const byProvider = summariseBy(cells, (c) => c.providerId ?? '');
    expect(byProvider.map((g) => [g.key, g.figures.trips.requested])).toEqual([
      ['', 4],
      ['P', 7],
    ]);
    expect(byProvider[1]?.figures.misses.providerCaused).toBe(3);
  });

  it('a month merged from its days has one cell a district and provider and the same figures', () => {
    const month = mergeCells([...cells, ...cells.map((c) => ({ ...c, day: '2026-11-11' }))], '2026-11');
    expect(month).toHaveLength(cells.length);
    expect(month.every((c) => c.day === '2026-11')).toBe(true);
    expect(summarise(month)).toEqual(summarise([...cells, ...cells]));
  });

  it('leaves out rides and shifts of another day', () => {
    const other = base('o', '09:00', { pickupEarliest: localDateTimeToUtc('2026-11-11', '09:00') });
    expect(summarise(rollUpDay(DAY, [other], [], tariffs, [], DAY_OVER)).trips.requested).toBe(0);
  });
});

describe('per rider', () => {
  it('counts each rider’s misses by cause, the one with more provider-caused first on a tie', () => {
    expect(missesByRider(trips)).toEqual([
      {
        beneficiaryId: 'b1',
        noShowsRider: 1,
        noShowsProvider: 2,
        lateCancelsRider: 0,
        lateCancelsProvider: 0,
      },
      {
        beneficiaryId: 'b2',
        noShowsRider: 0,
        noShowsProvider: 0,
        lateCancelsRider: 1,
        lateCancelsProvider: 1,
      },
    ]);
  });
});

describe('per rider, by day, district and provider (the rider roll-up)', () => {
  const elsewhere = [
    // b1 again, in another district with another provider: the rider's no-show
    base('t12', '11:00', {
      districtKato: '711120000',
      providerId: 'Q',
      status: 'NO_SHOW',
      arrivedAt: at('11:00'),
      noShowAt: at('11:06'),
    }),
  ];

  it('keeps one row a rider, district and provider, rides without a miss left out', () => {
    const rows = riderMissCells([...trips, ...elsewhere]);
    expect(rows).toEqual([
      {
        beneficiaryId: 'b1',
        districtKato: '711110000',
        providerId: 'P',
        noShowsRider: 1,
        noShowsProvider: 2,
        lateCancelsRider: 0,
        lateCancelsProvider: 0,
      },
      {
        beneficiaryId: 'b2',
        districtKato: '711110000',
        providerId: 'P',
        noShowsRider: 0,
        noShowsProvider: 0,
        lateCancelsRider: 1,
        lateCancelsProvider: 1,
      },
      {
        beneficiaryId: 'b1',
        districtKato: '711120000',
        providerId: 'Q',
        noShowsRider: 1,
        noShowsProvider: 0,
        lateCancelsRider: 0,
        lateCancelsProvider: 0,
      },
    ]);
  });

  it('sums days of rows back per rider, the most rider-caused first', () => {
    const day1 = riderMissCells([...trips, ...elsewhere]);
    const day2 = riderMissCells(trips.filter((t) => t.beneficiaryId === 'b2'));
    expect(
      mergeRiderMisses([...day1, ...day2]).map((r) => [r.beneficiaryId, r.lateCancelsRider, r.noShowsRider]),
    ).toEqual([
      ['b1', 0, 2],
      ['b2', 2, 0],
    ]);
    expect(mergeRiderMisses([...day2, ...day2, ...day1])[0]).toMatchObject({
      beneficiaryId: 'b2',
      lateCancelsRider: 3,
      lateCancelsProvider: 3,
    });
  });
});

describe('shift use and histograms', () => {
  it('a shift with no served stop drove nothing and carried nobody', () => {
    expect(shiftUse(shift, [], DAY_OVER)).toEqual({
      serviceSeconds: 36_000,
      occupiedSeconds: 0,
      vehicleMetres: 0,
      deadheadMetres: 0,
    });
  });

  it('counts a running shift up to now, and a broken-down one until it stopped serving (walk t22 m9)', () => {
    // 08:00-18:00 planned: at 12:30 four and a half hours have been served, not ten.
    expect(serviceSeconds(shift, at('12:30'))).toBe(4.5 * 3600);
    // Not begun yet: none; the day over: all ten.
    expect(serviceSeconds(shift, at('07:00'))).toBe(0);
    expect(serviceSeconds(shift, DAY_OVER)).toBe(10 * 3600);
    // Broken down, last stop served 11:39: 3 h 39 min, now 12:30 or the day over.
    const broken = { ...shift, endedAt: at('11:39') };
    expect(serviceSeconds(broken, at('12:30'))).toBe(3 * 3600 + 39 * 60);
    expect(serviceSeconds(broken, DAY_OVER)).toBe(3 * 3600 + 39 * 60);
    // The day's roll-up reads it so: one completed rider over 4.5 hours at 12:30.
    const ride = base('r', '09:00', {
      status: 'COMPLETED',
      actualPickupAt: at('09:00'),
      actualDropoffAt: at('09:45'),
      shiftId: shift.id,
    });
    const p = summarise(rollUpDay(DAY, [ride], [shift], tariffs, [], at('12:30'))).productivity;
    expect(p).toMatchObject({ serviceHours: 4.5, passengerTripsPerServiceHour: 0.22, utilisation: 0.17 });
  });

  it('two riders aboard at once count their shared time once', () => {
    const a = base('a', '09:00', { actualPickupAt: at('09:00'), actualDropoffAt: at('09:30') });
    const b = base('b', '09:00', { actualPickupAt: at('09:10'), actualDropoffAt: at('09:40') });
    expect(shiftUse(shift, [a, b], DAY_OVER).occupiedSeconds).toBe(40 * 60);
  });

  it('reads a quantile as the upper edge of the bin that reaches it', () => {
    expect(histogramQuantile([0, 0, 0], 5, 0.95)).toBeNull();
    expect(histogramQuantile([10, 0, 0], 5, 0.95)).toBe(5);
    expect(histogramQuantile([90, 5, 5], 5, 0.95)).toBe(10);
    // the last bin is open: its lower edge
    expect(histogramQuantile([1, 0, 9], 5, 0.95)).toBe(10);
  });
});

describe('a refusal reason as a report names it', () => {
  it('in words for every reason and language, never a rule’s placeholder', () => {
    for (const code of REASON_CODES)
      for (const lang of LANGUAGES) {
        const title = refusalTitle(code, lang);
        expect(title).toBeTruthy();
        expect(title).not.toMatch(/\{\w+/);
      }
    expect(refusalTitle('LEAD_TIME_TOO_SHORT', 'en')).toBe('Booked at too short notice');
    expect(refusalTitle('OUTSIDE_SERVICE_HOURS', 'en')).toBe('Outside the service hours');
    expect(refusalTitle('CATEGORY_NOT_ELIGIBLE', 'en')).toBe('Not entitled in this region');
    // Staff labels (walk t25 m5): no reason is named by the sentence written to a rider.
    for (const code of REASON_CODES)
      for (const lang of LANGUAGES) {
        expect(refusalTitle(code, lang)).not.toBe(message(code, lang));
        expect(refusalTitle(code, lang)).not.toMatch(/^(Your|Please)|\.$/);
      }
    expect(refusalStaffLabel('LEAD_TIME_TOO_SHORT', 'en', { minutes: '30 / 15' })).toBe(
      'Booked at too short notice: notice 30 / 15 min',
    );
    expect(refusalStaffLabel('LEAD_TIME_TOO_SHORT', 'ru', { minutes: 30 })).toBe(
      'Заказ слишком близко к поездке: нужно за 30 мин',
    );
    expect(refusalStaffLabel('LEAD_TIME_TOO_SHORT', 'kk')).toBe('Тапсырыс сапарға тым жақын берілді');
    expect(refusalStaffLabel('CATEGORY_NOT_ELIGIBLE', 'kk', { minutes: 30 })).toBe('Осы өңірде құқығы жоқ');
    expect(refusalTitle('NOT_A_REASON', 'en')).toBeNull();
  });
});

describe('each ride counted in one outcome (walk t22 finding 4: 22 + 7 + 6 = 35 of 30 scheduled)', () => {
  // Seven rides of one day, windows of 15 minutes (base), counted by hand:
  const day = [
    // completed on the route
    base('o1', '09:00', {
      arrivedAt: at('09:05'),
      actualPickupAt: at('09:06'),
      actualDropoffAt: at('09:30'),
    }),
    // the rider's no-show after the full wait
    base('o2', '10:00', { status: 'NO_SHOW', arrivedAt: at('10:02'), noShowAt: at('10:08') }),
    // the vehicle at the door at 10:25 after the window 10:00-10:15, the rider gone: the driver
    // records the miss 'vehicle late' (the booking ends CANCELLED): a no-show, not a cancellation
    base('o3', '10:00', {
      status: 'CANCELLED',
      statusReason: 'MISSED_VEHICLE_LATE',
      arrivedAt: at('10:25'),
      cancelledAt: at('10:31'),
    }),
    // the rider cancels late a ride on the route
    base('o4', '11:00', { status: 'CANCELLED', cancelledAt: at('10:50'), lateCancellation: true }),
    // the rider cancels a waitlisted ride (never on a route)
    base('o5', '12:00', { providerId: null, shiftId: null, status: 'CANCELLED', cancelledAt: at('08:00') }),
    // waitlisted until expiry
    base('o6', '13:00', {
      providerId: null,
      shiftId: null,
      status: 'EXPIRED',
      statusReason: 'WAITLIST_WINDOW_PASSED',
    }),
    // still on the route (open)
    base('o7', '17:00', { status: 'SCHEDULED' }),
  ];

  it('a vehicle-late miss is a no-show only; a waitlisted ride called off is cancelled before a route', () => {
    expect(day.map(tripOutcome)).toEqual([
      'COMPLETED',
      'NO_SHOW',
      'NO_SHOW',
      'CANCELLED',
      'CANCELLED',
      'EXPIRED',
      null,
    ]);
    const t = summarise(rollUpDay(DAY, day, [shift], tariffs, [], DAY_OVER)).trips;
    expect(t).toMatchObject({
      requested: 7,
      accepted: 7,
      // o1-o4 and o7
      scheduled: 5,
      completed: 1,
      noShows: 2,
      cancelled: 2,
      cancelledBeforeRoute: 1,
      waitlistedUntilExpiry: 1,
    });
    // scheduled = completed + no-shows + cancelled off a route + still open (o7)
    expect(t.completed + t.noShows + (t.cancelled - t.cancelledBeforeRoute) + 1).toBe(t.scheduled);
    // accepted = completed + no-shows + cancelled + expired + still open
    expect(t.completed + t.noShows + t.cancelled + t.waitlistedUntilExpiry + 1).toBe(t.accepted);
  });
});
