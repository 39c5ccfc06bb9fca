import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  addDaysToLocalDate,
  applyPolicyVariant,
  isWithinServiceHours,
  localDateOf,
  localDateTimeToUtc,
  type LocalDate,
} from '@invataxi/domain';
import { createTravelTimeProvider } from '@invataxi/dispatch';
import { PolicyReader } from '@invataxi/booking';
import {
  OperationsFiguresRepository,
  RefusedRequestsRepository,
  WhatIfRepository,
} from '@invataxi/persistence';
import { createApi } from '../../apps/api/src/create-api';
import { demandBase, fleetOfShifts, refusedDemand } from '../../apps/dispatcher/src/whatif/demand-base';
import { replayWhatIf, type WhatIfShift } from '../../apps/dispatcher/src/whatif/whatif-replay';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { ASTANA, DEMO_POLICY, DISTRICT } from '../../scripts/seed/astana';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { atInstant } from '../support/clock';

/**
 * A scenario from what the demo recorded (issue 25, item 1): the requests and shifts of the
 * period read from the database, replayed in memory; the live rows stay exactly as they were.
 */
describe('what-if replay of a recorded period', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
    ds = api.get(DataSource);
    const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    await seedViaApi(ds, t.config, url, t.now());
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  /** A fingerprint of every live row a replay could touch. */
  async function live(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of ['booking', 'route_stop', 'shift', 'outbox', 'audit_log', 'plan_run']) {
      const [row] = (await ds.query(
        `SELECT count(*)::text AS n, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM ${table} x`,
      )) as { n: string; h: string }[];
      out[table] = `${row!.n}:${row!.h}`;
    }
    return out;
  }

  it('replays the recorded requests through the live rules, scaled by growth, without touching a live row', async () => {
    const today = localDateOf(t.now());
    const from = localDateTimeToUtc(addDaysToLocalDate(today, -1), '00:00');
    const to = localDateTimeToUtc(addDaysToLocalDate(today, 15), '00:00');
    const repo = new WhatIfRepository(ds);
    const rows = await repo.demandOfPeriod(ASTANA, from, to);
    const shifts = fleetOfShifts(await repo.shiftsOfPeriod(ASTANA, from, to));
    expect(rows.length).toBeGreaterThan(0);
    expect(shifts.length).toBeGreaterThan(0);
    const before = await live();

    const requests = demandBase(rows, 1.5);
    expect(requests).toHaveLength(rows.length + Math.floor(rows.length / 2));
    const r = await replayWhatIf({
      requests,
      shifts,
      policy: DEMO_POLICY,
      tariffs: [],
      travel: createTravelTimeProvider(t.config),
      replan: { at: '20:00', timeLimitMs: 300 },
    });

    expect(r.outcomes).toHaveLength(requests.length);
    // Every recorded request was accepted by the API under this policy when it was made: the
    // replay, judging it at the same moment by the same rules, accepts it too.
    expect(r.outcomes.filter((o) => o.status === 'REJECTED')).toEqual([]);
    expect(r.outcomes.some((o) => o.status === 'SCHEDULED')).toBe(true);
    expect(r.figures.trips.requested).toBe(requests.length);
    expect(r.figures.productivity.shifts).toBe(shifts.length);
    expect(await live()).toEqual(before);
  });

  /**
   * The first of the days back (from today) whose rules then were open at 10:15 and closed at
   * 22:30; the last one tried when none was.
   */
  const openDay = async (backs: readonly number[]): Promise<LocalDate> => {
    const policies = api.get(PolicyReader);
    let day = localDateOf(t.now());
    for (const back of backs) {
      day = addDaysToLocalDate(localDateOf(t.now()), back);
      const rules = (await policies.inForce(ds.manager, ASTANA, localDateTimeToUtc(day, '09:00'))).rules;
      const at = (time: string) => localDateTimeToUtc(day, time);
      if (
        isWithinServiceHours(rules.serviceHours, at('10:15'), at('11:15')) &&
        !isWithinServiceHours(rules.serviceHours, at('22:30'), at('22:59'))
      )
        break;
    }
    return day;
  };

  it("replays a request as asked on the rules' clock, and counts the requests refused then as the reports do (t25 M1)", async () => {
    // Three days back (else a day before the other test's days whose rules were open at 10:15:
    // three days back from a Monday or Tuesday is a weekend the rules close, and the 10:15 ride
    // was refused), 09:00 on the service's clock (a demo's history plays on a moved one; the
    // booking row is stamped with the real time, days later): a ride at 10:15 is 75 minutes'
    // notice, over the policy's 60; one at 22:30 is outside the hours 07:00-21:00.
    const day = await openDay([-3, -9, -10, -11, -12]);
    const asked = localDateTimeToUtc(day, '09:00');
    const [rider] = (await ds.query(
      `SELECT b.id FROM beneficiary b WHERE b.residence_kato LIKE '71%'
        AND NOT EXISTS (SELECT 1 FROM booking x WHERE x.beneficiary_id = b.id) LIMIT 1`,
    )) as { id: string }[];
    const token = t.token({ userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA });
    const book = (time: string) =>
      atInstant(api, asked, () =>
        api.inject({
          method: 'POST',
          url: '/bookings',
          headers: {
            authorization: `Bearer ${token}`,
            'idempotency-key': randomUUID(),
            'accept-language': 'en',
          },
          payload: {
            beneficiaryId: rider!.id,
            pickup: { address: 'Street 1', lat: 51.160_42, lon: 71.420_38, kato: DISTRICT.yesil },
            dropoff: { address: 'Clinic 2', lat: 51.15, lon: 71.46, kato: DISTRICT.yesil },
            timeAnchor: 'PICKUP',
            time: localDateTimeToUtc(day, time).toISOString(),
            purpose: 'MEDICAL',
            companions: 0,
          },
        }),
      );
    const ok = await book('10:15');
    expect(ok.statusCode).toBe(201);
    const refused = await book('22:30');
    expect(refused.statusCode).toBe(422);

    const from = localDateTimeToUtc(day, '00:00');
    const to = localDateTimeToUtc(addDaysToLocalDate(day, 1), '00:00');
    const rows = await new WhatIfRepository(ds).demandOfPeriod(ASTANA, from, to);
    const mine = rows.find((r) => r.beneficiaryId === rider!.id);
    // (the moved clock runs on while the request is handled)
    const near = (d: Date | undefined): number => Math.abs((d?.getTime() ?? 0) - asked.getTime());
    expect(near(mine?.createdAt)).toBeLessThan(5000);
    const refusals = await new OperationsFiguresRepository(ds).refusalFacts(ASTANA, from, to);
    const [booked] = (await ds.query(`SELECT policy_id FROM booking WHERE id = $1`, [mine!.id])) as {
      policy_id: string | null;
    }[];
    const inForce = await api.get(PolicyReader).byId(ds.manager, booked!.policy_id, ASTANA);
    // The rules it was booked under: 75 minutes is enough notice, but not a few days less.
    expect(inForce!.rules.minLeadMinutes).toBeLessThanOrEqual(75);
    expect(refusals.map((x) => x.reasons)).toEqual([['OUTSIDE_SERVICE_HOURS']]);
    expect(near(refusals[0]?.at)).toBeLessThan(5000);
    const r = await replayWhatIf({
      requests: demandBase(rows),
      refused: refusals,
      shifts: fleetOfShifts(await new WhatIfRepository(ds).shiftsOfPeriod(ASTANA, from, to)),
      policy: inForce!.rules,
      tariffs: [],
      travel: createTravelTimeProvider(t.config),
      replan: null,
    });
    // Accepted then, under the same rules, accepted in the replay.
    expect(r.outcomes.find((o) => o.id === mine!.id)?.status).not.toBe('REJECTED');
    // The reports' requested: the rides asked for and the request refused.
    expect(r.figures.trips.requested).toBe(rows.length + 1);
    expect(r.figures.trips.refusedByReason).toContainEqual({ reason: 'OUTSIDE_SERVICE_HOURS', count: 1 });
  });

  it('keeps the trip asked by a request refused for the hours, without personal data, and a variant with wider hours wins it back (t25 M2)', async () => {
    // A day back (not the one above) whose rules then were open at 10:15, 09:00 on the service's
    // clock: a ride at 10:15 is accepted, one at 22:30 is refused (outside the hours).
    const day = await openDay([-2, -4, -5, -6, -7, -8]);
    const asked = localDateTimeToUtc(day, '09:00');
    const [rider] = (await ds.query(
      `SELECT b.id FROM beneficiary b WHERE b.residence_kato LIKE '71%'
        AND NOT EXISTS (SELECT 1 FROM booking x WHERE x.beneficiary_id = b.id) LIMIT 1`,
    )) as { id: string }[];
    const token = t.token({ userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA });
    const book = (time: string) =>
      atInstant(api, asked, () =>
        api.inject({
          method: 'POST',
          url: '/bookings',
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
          payload: {
            beneficiaryId: rider!.id,
            pickup: { address: 'Street 7', lat: 51.160_42, lon: 71.420_38, kato: DISTRICT.yesil },
            dropoff: { address: 'Clinic 8', lat: 51.149_61, lon: 71.459_77, kato: DISTRICT.yesil },
            timeAnchor: 'PICKUP',
            time: localDateTimeToUtc(day, time).toISOString(),
            purpose: 'MEDICAL',
            companions: 0,
          },
        }),
      );
    const from = localDateTimeToUtc(day, '00:00');
    const to = localDateTimeToUtc(addDaysToLocalDate(day, 1), '00:00');
    const keptBefore = (await ds.query(`SELECT count(*)::int AS n FROM refused_request`)) as { n: number }[];
    const ok = await book('10:15');
    expect(ok.statusCode).toBe(201);
    expect((await book('22:30')).statusCode).toBe(422);

    // Stored with the refusal's audit: planning data only, points rounded to about 100 m.
    const kept = (await ds.query(`SELECT * FROM refused_request WHERE asked_at >= $1 AND asked_at < $2`, [
      from,
      to,
    ])) as Record<string, unknown>[];
    expect(kept).toHaveLength(1);
    expect((await ds.query(`SELECT count(*)::int AS n FROM refused_request`))[0].n).toBe(
      keptBefore[0]!.n + 1,
    );
    expect(Object.keys(kept[0]!).sort()).toEqual(
      [
        'asked_at',
        'companions',
        'direct_metres',
        'direct_seconds',
        'district_kato',
        'dropoff_kato',
        'dropoff_lat',
        'dropoff_lon',
        'id',
        'mobility',
        'pickup_kato',
        'pickup_lat',
        'pickup_lon',
        'purpose',
        'reasons',
        'region_kato',
        'requested_time',
        'time_anchor',
      ].sort(),
    );
    expect(kept[0]).toMatchObject({
      region_kato: ASTANA,
      pickup_lat: 51.16,
      pickup_lon: 71.42,
      dropoff_lat: 51.15,
      dropoff_lon: 71.46,
      reasons: ['OUTSIDE_SERVICE_HOURS'],
    });
    expect(JSON.stringify(kept[0])).not.toMatch(/Street|Clinic|51\.1604|71\.4203/);
    expect(JSON.stringify(kept[0])).not.toContain(rider!.id);
    const [audit] = (await ds.query(
      `SELECT after FROM audit_log WHERE action = 'booking.rejected_attempt' AND entity_id = $1`,
      [rider!.id],
    )) as { after: { refusedRequestId?: string } }[];
    expect(audit?.after.refusedRequestId).toBe(kept[0]!.id);

    const recorded = new WhatIfRepository(ds);
    const rows = await recorded.demandOfPeriod(ASTANA, from, to);
    const refusals = await new OperationsFiguresRepository(ds).refusalFacts(ASTANA, from, to);
    expect(refusals).toEqual([expect.objectContaining({ reasons: ['OUTSIDE_SERVICE_HOURS'], kept: true })]);
    const keptRows = await new RefusedRequestsRepository(ds).ofPeriod(ASTANA, from, to);
    const inForce = await api.get(PolicyReader).inForce(ds.manager, ASTANA, asked);
    // One vehicle working the whole day, 06:00 to midnight, in the rider's district.
    const shift: WhatIfShift = {
      id: randomUUID(),
      providerId: randomUUID(),
      startsAt: localDateTimeToUtc(day, '06:00'),
      endsAt: localDateTimeToUtc(addDaysToLocalDate(day, 1), '00:00'),
      startLat: 51.16,
      startLon: 71.42,
      endLat: 51.16,
      endLon: 71.42,
      startKato: DISTRICT.yesil,
      seats: 4,
      wheelchairPlaces: 1,
      alternativeLayouts: [],
      hasRamp: true,
      hasLift: false,
      hasRestraints: true,
      serviceArea: [ASTANA],
      districtKato: DISTRICT.yesil,
    };
    const replay = (rules: typeof inForce.rules, withKept: boolean) =>
      replayWhatIf({
        requests: [...demandBase(rows), ...(withKept ? refusedDemand(keptRows) : [])],
        refused: withKept ? refusals.filter((x) => !x.kept) : refusals,
        shifts: [shift],
        policy: rules,
        tariffs: [],
        travel: createTravelTimeProvider(t.config),
        replan: null,
      });
    const scheduled = (r: Awaited<ReturnType<typeof replay>>) =>
      r.outcomes.filter((o) => o.status === 'SCHEDULED').length;
    // The baseline ("as now"): refused again, for the same reason; its figures are those of the
    // audit's count alone (before the asked trips were kept).
    const counted = await replay(inForce.rules, false);
    const baseline = await replay(inForce.rules, true);
    expect(baseline.figures).toEqual(counted.figures);
    expect(baseline.servedShare).toBe(counted.servedShare);
    expect(baseline.figures.trips.refusedByReason).toEqual([{ reason: 'OUTSIDE_SERVICE_HOURS', count: 1 }]);
    // Hours 06:00-23:30: the 22:30 ride is now accepted and placed on the vehicle. By hand: the
    // day's rides served, plus 1; requested the same; refused 1 -> 0.
    const wider = await replay(
      applyPolicyVariant(inForce.rules, {
        serviceHours: { from: '06:00', to: '23:30' },
        minLeadMinutes: null,
        windowMinutes: null,
        rideTimeFactor: null,
      }),
      true,
    );
    expect(scheduled(baseline)).toBe(rows.length);
    expect(scheduled(wider)).toBe(scheduled(baseline) + 1);
    expect(wider.figures.trips.requested).toBe(baseline.figures.trips.requested);
    expect(wider.figures.trips.refused).toBe(baseline.figures.trips.refused - 1);
    expect(wider.outcomes.find((o) => o.id === `refused:${keptRows[0]!.id}`)?.status).toBe('SCHEDULED');
  });
});
