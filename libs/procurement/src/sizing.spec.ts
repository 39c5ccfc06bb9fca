import { ALL_DAY_SERVICE_HOURS, NATIONAL_DEFAULT_POLICY } from '@invataxi/domain';
import {
  lotSizingSpec,
  lotSizingText,
  numberText,
  sizingDemandChange,
  sizingDemandChangeText,
  sizingFailureText,
  shiftChangeHour,
  sizedVehicleHours,
  sizingShiftOf,
  weekdaysText,
  type LotSizing,
} from './sizing';

const SIZED: LotSizing = {
  targetPercent: 95,
  reached: true,
  vehicles: 3,
  wheelchairVehicles: 1,
  shift: { weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '18:00' },
  firstDay: '2026-12-08',
  lastDay: '2026-12-21',
  rides: 21,
  served: 20,
  servedPercent: 95.2,
  onTimePercent: 100,
  serviceHours: 270,
  vehicleKm: 612.4,
  costTenge: 131860,
  perRideTenge: 6593,
  tariffPerTrip: 2000,
  tariffPerKm: 150,
  replays: 19,
  seconds: 2.4,
};

describe('lot sizing (issue 25.2)', () => {
  it('counts the vehicle hours of the days sized only, once a day per vehicle', () => {
    const day = { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '07:00', endTime: '21:00' } as const;
    // One vehicle, 07:00-21:00, one day: 14 hours (the replay's evening-before shift is not a day sized).
    expect(sizedVehicleHours({ ...day, weekdays: [...day.weekdays] }, 1, '2026-12-09', '2026-12-09')).toBe(
      14,
    );
    // Mon-Fri 09:00-18:00 from Tue 8 to Mon 21 December: 10 weekdays, 3 vehicles.
    expect(sizedVehicleHours(SIZED.shift, 3, SIZED.firstDay, SIZED.lastDay)).toBe(270);
    // Round the clock (same start and end) and a night shift running past midnight.
    expect(
      sizedVehicleHours(
        { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '00:00', endTime: '00:00' },
        2,
        '2026-12-09',
        '2026-12-09',
      ),
    ).toBe(48);
    expect(
      sizedVehicleHours(
        { weekdays: [3], startTime: '20:00', endTime: '02:30' },
        1,
        '2026-12-09',
        '2026-12-10',
      ),
    ).toBe(6.5);
  });

  it("works the policy's hours: weekdays with hours, earliest start to latest end, 24:00 as midnight", () => {
    expect(sizingShiftOf(NATIONAL_DEFAULT_POLICY.serviceHours)).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      startTime: '09:00',
      endTime: '18:00',
    });
    expect(sizingShiftOf(ALL_DAY_SERVICE_HOURS)).toEqual({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: '00:00',
      endTime: '00:00',
    });
    expect(
      sizingShiftOf([
        [
          ['07:00', '12:00'],
          ['14:00', '21:00'],
        ],
        [],
        [['08:00', '20:00']],
        [],
        [],
        [],
        [],
      ]),
    ).toEqual({ weekdays: [1, 3], startTime: '07:00', endTime: '21:00' });
    expect(sizingShiftOf([[], [], [], [], [], [], []])).toBeNull();
  });

  it('changes a round-the-clock shift at the hour fewest rides are on the road', () => {
    expect(shiftChangeHour([])).toBe('00:00');
    // A ride from 23:10 to 00:50 is on the road at midnight: the shift changes at 01:00.
    expect(shiftChangeHour([{ fromMinute: 23 * 60 + 10, toMinute: 50 }])).toBe('01:00');
    const day = Array.from({ length: 20 }, (_, i) => ({ fromMinute: i * 60 + 30, toMinute: i * 60 + 90 }));
    // Rides on the road across every hour from 01:00 to 20:00; 21:00 is the first quiet one after midnight's.
    expect(shiftChangeHour([...day, { fromMinute: 23 * 60 + 30, toMinute: 30 }])).toBe('21:00');
  });

  it('says weekdays and numbers as people write them', () => {
    expect(weekdaysText([1, 2, 3, 4, 5], 'en')).toBe('Mon–Fri');
    expect(weekdaysText([1, 3, 5], 'ru')).toBe('пн, ср, пт');
    expect(weekdaysText([3, 6], 'kk')).toBe('сәрсенбі, сенбі');
    expect(weekdaysText([7, 1, 2, 3, 4, 5, 6], 'kk')).toBe('күн сайын');
    expect(numberText(131860, 'en')).toBe('131,860');
    expect(numberText(131860, 'ru')).toBe('131\u00a0860');
    expect(numberText(95.2, 'ru')).toBe('95,2');
  });

  it('says what the lot buys and why, in each language, with no codes', () => {
    const en = lotSizingText(SIZED, 'en');
    expect(en).toEqual([
      'To serve at least 95% of the 21 rides waiting for this lot (8\u00a0December – 21\u00a0December): 3 vehicles, 1 of them wheelchair-accessible.',
      'Sized on 21 rides on 14 days: too little to size a lot on (fewer than 30 rides or 14 days). Treat these figures as a minimum.',
      'A wheelchair-accessible vehicle: a ramp, wheelchair restraints, one wheelchair place and 3 seats. The other vehicles: 4 seats.',
      'Working hours: Mon–Fri, 09:00–18:00; 270 vehicle hours in all over the period sized.',
      'Expected: 20 of 21 rides served (95.2%); pickups planned inside the window: 100%. The expected on-time share cannot be computed yet: it needs the delays of completed rides in the region.',
      'Cost at the tariff (2,000 ₸ a trip, 150 ₸ a km): 131,860 ₸, 6,593 ₸ a ride.',
      'How it was found: the waiting rides were replayed through the live booking rules and dispatch with 19 fleet sizes (2.4 s).',
    ]);
    // Every vehicle wheelchair-accessible: no "other vehicles" (walk t25).
    expect(lotSizingText({ ...SIZED, vehicles: 1, wheelchairVehicles: 1 }, 'en')[2]).toBe(
      'A wheelchair-accessible vehicle: a ramp, wheelchair restraints, one wheelchair place and 3 seats.',
    );
    expect(lotSizingText(SIZED, 'ru')[0]).toBe(
      'Чтобы выполнить не менее 95% из 21 поездки, ожидающих этот лот (8\u00a0декабря – 21\u00a0декабря), нужно машин: 3, из них для пассажиров в кресле-коляске: 1.',
    );
    for (const lang of ['kk', 'ru', 'en'] as const)
      for (const line of lotSizingText(SIZED, lang)) expect(line).not.toMatch(/[{}]|[A-Z]{2,}_/);
    // Enough evidence: no warning.
    expect(lotSizingText({ ...SIZED, rides: 30 }, 'en').join(' ')).not.toMatch(/too little/);
    expect(lotSizingText({ ...SIZED, rides: 30, lastDay: '2026-12-20' }, 'en')[1]).toBe(
      'Sized on 30 rides on 13 days: too little to size a lot on (fewer than 30 rides or 14 days). Treat these figures as a minimum.',
    );
    expect(lotSizingText({ ...SIZED, rides: 1, lastDay: '2026-12-08' }, 'ru')[1]).toBe(
      'Расчёт сделан по 1 поездке за 1 день: этого слишком мало, чтобы рассчитать лот (меньше 30 поездок или 14 дней). Считайте эти цифры минимумом.',
    );
    const single = lotSizingText({ ...SIZED, rides: 1, served: 1, vehicles: 1 }, 'en');
    expect(single[0]).toMatch(/of the 1 ride waiting .*: 1 vehicle, 1 of them/);
  });

  it('says the expected on-time share of the sized fleet, with the delays it applies, and a one-day base as one date (walk h4)', () => {
    const sized: LotSizing = {
      ...SIZED,
      expectedOnTimePercent: 87.5,
      delays: { rides: 240, from: '2026-11-07', to: '2026-12-06' },
    };
    expect(lotSizingText(sized, 'en')[4]).toBe(
      'Expected: 20 of 21 rides served (95.2%); expected on time: 87.5%. These are the pickup delays of the region’s 240 completed rides over 7\u00a0November – 6\u00a0December applied to the sized schedule (the delays do not grow with load); pickups planned inside the window: 100%.',
    );
    expect(lotSizingText(sized, 'ru')[4]).toMatch(/ожидаемая доля вовремя: 87,5%/);
    expect(lotSizingText(sized, 'kk')[4]).toMatch(/күтілетін уақтылық: 87,5%/);
    // The lot's specification and the procurement system's figures carry it.
    const spec = lotSizingSpec(sized);
    expect(spec.expectedOnTimePercent).toBe(87.5);
    expect(spec.specification.en).toMatch(/expected on time: 87\.5%/);
    expect(spec.specification.ru).toMatch(/ожидаемая доля вовремя: 87,5%/);
    // No completed ride in the region lately: said why, never a number made up.
    const none = lotSizingText(
      { ...sized, expectedOnTimePercent: null, delays: { ...sized.delays!, rides: 0 } },
      'en',
    );
    expect(none[4]).toBe(
      'Expected: 20 of 21 rides served (95.2%); pickups planned inside the window: 100%. The expected on-time share cannot be computed: neither the region nor the country has a completed ride with a planned and an actual pickup over 7\u00a0November – 6\u00a0December.',
    );
    // A region buying its first service: the country's delays, said so.
    const country = { ...sized, delays: { ...sized.delays!, scope: 'COUNTRY' as const } };
    expect(lotSizingText(country, 'en')[4]).toBe(
      'Expected: 20 of 21 rides served (95.2%); expected on time: 87.5%. The region has no completed ride yet: these are the pickup delays of the country’s 240 completed rides over 7\u00a0November – 6\u00a0December applied to the sized schedule (the delays do not grow with load); pickups planned inside the window: 100%.',
    );
    expect(lotSizingText(country, 'ru')[4]).toMatch(/по стране/);
    expect(lotSizingText(country, 'kk')[4]).toMatch(/елде/);
    expect(lotSizingSpec({ ...sized, expectedOnTimePercent: null }).expectedOnTimePercent).toBeNull();
    // A one-day base reads as that day, not "8 December – 8 December".
    const oneDay = { ...sized, lastDay: sized.firstDay };
    expect(lotSizingText(oneDay, 'en')[0]).toBe(
      'To serve at least 95% of the 21 rides waiting for this lot (8\u00a0December): 3 vehicles, 1 of them wheelchair-accessible.',
    );
    for (const lang of ['kk', 'ru', 'en'] as const) {
      expect(lotSizingText(oneDay, lang)[0]).not.toMatch(/–/);
      for (const line of [...lotSizingText(sized, lang), ...none])
        expect(line).not.toMatch(/[{}]|[A-Z]{2,}_/);
    }
  });

  it('says when the target is out of reach', () => {
    const out = lotSizingText({ ...SIZED, reached: false, vehicles: 21, servedPercent: 80 }, 'en');
    expect(out[0]).toBe(
      'Even 21 vehicles (1 wheelchair-accessible) serve only 80% of the 21 waiting rides: the target of 95% is out of reach. Check the service hours and the times of the rides.',
    );
  });

  it('flags waiting rides that changed since the sizing', () => {
    expect(sizingDemandChange(21, 21)).toBeNull();
    const change = sizingDemandChange(21, 25)!;
    expect(change).toEqual({ sizedOn: 21, now: 25 });
    expect(sizingDemandChangeText(change, 'en')).toBe(
      'Sized on 21 rides; 25 wait now. Run the sizing again.',
    );
    expect(sizingDemandChangeText({ sizedOn: 1, now: 1 }, 'en')).toBe(
      'Sized on 1 ride; 1 waits now. Run the sizing again.',
    );
    expect(sizingDemandChangeText(change, 'ru')).toBe(
      'Расчёт сделан по 21 поездке; сейчас ждут: 25. Запустите расчёт заново.',
    );
  });

  it('gives the procurement system the figures and the specification in three languages', () => {
    const spec = lotSizingSpec(SIZED);
    expect(spec).toMatchObject({
      vehicles: 3,
      wheelchairVehicles: 1,
      weekdays: [1, 2, 3, 4, 5],
      targetPercent: 95,
    });
    expect(spec.specification.kk).toMatch(/^Осы лотты күтетін 21 сапардың кемінде 95%/);
    expect(sizingFailureText('NO_SERVICE_HOURS', 'en')).toMatch(/no service hours/);
    expect(sizingFailureText('SOMETHING_ELSE', 'en')).toMatch(/^The sizing failed/);
  });
});
