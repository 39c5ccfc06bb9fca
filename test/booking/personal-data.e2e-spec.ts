/**
 * The IIN: sealed at rest (a dump of the whole database does not contain it), never in the logs
 * of the run, full only to the person, their guardian and the LEB officer of their region, masked
 * in lists; staff reads audited. Also the policies (versions, validation, preview, fallback) and
 * the no-show rule with forgiveness.
 */
import { execFileSync } from 'node:child_process';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  message,
  weekdayOfLocalDate,
} from '@invataxi/domain';
import type { Principal } from '@invataxi/auth';
import { transact, transitionBooking } from '@invataxi/persistence';
import { NoShowService } from '@invataxi/booking';
import {
  ALMATY,
  ASTANA,
  PLACE_A,
  boot,
  localAt,
  nextIin,
  policyRules,
  publishPolicy,
  registerPerson,
  tripBody,
  type Fixture,
} from './booking-fixture';
import { atInstant, testNow } from '../support/clock';

describe('personal data, policies and no-shows', () => {
  let fx: Fixture;
  const iins: string[] = [];

  beforeAll(async () => {
    fx = await boot();
    await publishPolicy(
      fx,
      ASTANA,
      policyRules({ noShowRule: { count: 2, windowDays: 30, suspensionDays: 7 }, noShowDisputeDays: 10 }),
    );
  });
  afterAll(() => fx?.close());

  it('registers with a valid IIN only; answers with the masked form; a second registration of the IIN is a conflict', async () => {
    const bad = await fx.inject('POST', '/beneficiaries', fx.officer, {
      iin: '900101300801',
      fullName: 'X Y',
      residence: { kato: PLACE_A.kato, address: 'Home 1', lat: PLACE_A.lat, lon: PLACE_A.lon },
      disabilityCategory: 'ADULT_GROUP_1',
      mobility: { wheelchair: 'NONE' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'iin' });
    expect(bad.body).not.toContain('900101300801');

    const iin = nextIin('1975-09-09');
    iins.push(iin);
    const body = {
      iin,
      fullName: 'Nurlan Test',
      residence: { kato: PLACE_A.kato, address: 'Home 2', lat: PLACE_A.lat, lon: PLACE_A.lon },
      disabilityCategory: 'ADULT_GROUP_2',
      mobility: { wheelchair: 'MANUAL', needsRamp: true },
    };
    const r = await fx.inject('POST', '/beneficiaries', fx.officer, body, {
      'idempotency-key': randomUUID(),
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().iin).toBeUndefined();
    expect(r.json().iinMasked).toBe(`${iin.slice(0, 4)}******${iin.slice(10)}`);
    expect(r.json().birthDate).toBe('1975-09-09');
    expect(r.body).not.toContain(iin);
    const dup = await fx.inject('POST', '/beneficiaries', fx.officer, body);
    expect(dup.statusCode).toBe(409);
    // Issue 18: the refusal says what happened (and the old needsRamp reads as step-free boarding).
    expect(dup.json()).toMatchObject({
      code: 'IIN_ALREADY_REGISTERED',
      message: 'Человек с этим ИИН уже зарегистрирован. Найдите его через поиск.',
    });
    expect(dup.body).not.toContain(iin);
    expect(r.json().mobility).toMatchObject({ wheelchair: 'MANUAL', stepFree: true });
    // Out of region: an Almaty officer may not register an Astana resident.
    const almaty: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ALMATY };
    expect((await fx.inject('POST', '/beneficiaries', almaty, { ...body, iin: nextIin() })).statusCode).toBe(
      403,
    );
  });

  it('the full IIN only to the person, their guardian and the LEB officer of the region; staff reads audited', async () => {
    const p = await registerPerson(fx);
    iins.push(p.iin);
    const self = await fx.inject('GET', `/beneficiaries/${p.id}`, p.principal);
    expect(self.json().iin).toBe(p.iin);
    const officer = await fx.inject('GET', `/beneficiaries/${p.id}`, fx.officer);
    expect(officer.json().iin).toBe(p.iin);
    const link = await fx.inject('POST', `/beneficiaries/${p.id}/guardians`, fx.officer, {
      displayName: 'Guardian',
    });
    const guardian: Principal = { userId: link.json().guardianUserId, role: 'GUARDIAN' };
    expect((await fx.inject('GET', `/beneficiaries/${p.id}`, guardian)).json().iin).toBe(p.iin);
    const dispatcher = await fx.inject('GET', `/beneficiaries/${p.id}`, fx.dispatcher);
    expect(dispatcher.statusCode).toBe(200);
    expect(dispatcher.json().iin).toBeUndefined();
    expect(dispatcher.body).not.toContain(p.iin);
    const stranger: Principal = { userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: randomUUID() };
    expect((await fx.inject('GET', `/beneficiaries/${p.id}`, stranger)).statusCode).toBe(403);
    const audits = await fx.db.query(
      `SELECT actor_role, after FROM audit_log WHERE entity_id = $1 AND action = 'beneficiary.profile_read' ORDER BY id`,
      [p.id],
    );
    expect(audits.rows).toEqual([
      { actor_role: 'LEB_OFFICER', after: { fullIin: true } },
      { actor_role: 'DISPATCHER', after: { fullIin: false } },
    ]);
    // Lists mask; a dispatcher finds the caller by IIN sent in the body.
    const list = await fx.inject('GET', `/beneficiaries?kato=${ASTANA}&limit=200`, fx.dispatcher);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(p.iin);
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(p.id);
    const found = await fx.inject('POST', '/beneficiaries/lookup', fx.dispatcher, { iin: p.iin });
    expect(found.json()).toMatchObject({
      id: p.id,
      iinMasked: `${p.iin.slice(0, 4)}******${p.iin.slice(10)}`,
    });
    // A sign-in user for the person: the same one on a second call.
    const u1 = await fx.inject('POST', `/beneficiaries/${p.id}/sign-in-user`, fx.officer);
    const u2 = await fx.inject('POST', `/beneficiaries/${p.id}/sign-in-user`, fx.officer);
    expect(u1.json().userId).toBe(u2.json().userId);
  });

  it('update needs the current version; audit names fields, not values', async () => {
    const p = await registerPerson(fx);
    iins.push(p.iin);
    const cur = (await fx.inject('GET', `/beneficiaries/${p.id}`, fx.officer)).json();
    const r = await fx.inject('PATCH', `/beneficiaries/${p.id}`, fx.dispatcher, {
      version: cur.version,
      phone: '+77770001122',
    });
    expect(r.statusCode).toBe(200);
    expect(
      (
        await fx.inject('PATCH', `/beneficiaries/${p.id}`, fx.dispatcher, {
          version: cur.version,
          phone: '+77770001133',
        })
      ).statusCode,
    ).toBe(409);
    const a = await fx.db.query(
      `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'beneficiary.updated'`,
      [p.id],
    );
    expect(JSON.stringify(a.rows)).not.toContain('77770001122');
    expect(a.rows[0].after.fields).toEqual(['phone']);
  });

  it('policies: versions are new rows, field errors are 400, the in-force version follows its date, preview diffs', async () => {
    const who: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ALMATY };
    const invalid = await fx.inject('POST', `/regions/${ALMATY}/policies`, who, {
      rules: { ...policyRules({}, ALMATY), tripsPerMonth: -1, serviceAreaKato: [ASTANA] },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['rules.tripsPerMonth']),
    );
    const outside = await fx.inject('POST', `/regions/${ALMATY}/policies`, who, {
      rules: policyRules({}, ASTANA),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('rules.serviceAreaKato[0]');
    expect(
      (await fx.inject('POST', `/regions/${ASTANA}/policies`, who, { rules: policyRules() })).statusCode,
    ).toBe(403);

    // No version yet: the national defaults apply.
    const none = await fx.inject('GET', `/regions/${ALMATY}/policies/in-force`, who);
    expect(none.json()).toMatchObject({ nationalDefault: true, id: null });

    const v1 = await fx.inject('POST', `/regions/${ALMATY}/policies`, who, {
      rules: policyRules({ tripsPerMonth: 10 }, ALMATY),
    });
    expect(v1.json().version).toBe(1);
    const future = localAt(3, '00:00');
    const v2 = await fx.inject('POST', `/regions/${ALMATY}/policies`, who, {
      effectiveFrom: future,
      rules: policyRules({ tripsPerMonth: 12 }, ALMATY),
    });
    expect(v2.json().version).toBe(2);
    expect((await fx.inject('GET', `/regions/${ALMATY}/policies/in-force`, who)).json().version).toBe(1);
    expect(
      (await fx.inject('GET', `/regions/${ALMATY}/policies/in-force?at=${localAt(4, '00:00')}`, who)).json()
        .version,
    ).toBe(2);
    const list = await fx.inject('GET', `/regions/${ALMATY}/policies`, who);
    expect(list.json().map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const preview = await fx.inject('POST', `/regions/${ALMATY}/policies/preview`, who, {
      rules: policyRules({ tripsPerMonth: 8, maxCompanions: 2 }, ALMATY),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().against.version).toBe(1);
    expect(preview.json().changes).toEqual(
      expect.arrayContaining([
        { field: 'tripsPerMonth', before: 10, after: 8 },
        { field: 'maxCompanions', before: 1, after: 2 },
      ]),
    );
    expect((await fx.inject('GET', `/regions/${ALMATY}/policies`, who)).json()).toHaveLength(2);
    const at = await fx.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'service_policy.published'`,
    );
    expect(at.rows[0].n).toBeGreaterThanOrEqual(3);
  });

  it('a region without a policy books under the national defaults (policy_id null)', async () => {
    const region = '390000000'; // Kostanay: no version published
    const p = await registerPerson(fx, { residenceKato: region });
    iins.push(p.iin);
    // The defaults serve Monday to Friday 09:00-18:00: the next weekday at least two days ahead.
    let d = addDaysToLocalDate(localDateOf(testNow()), 2);
    while (weekdayOfLocalDate(d) > 4) d = addDaysToLocalDate(d, 1);
    const days = Math.round((Date.parse(d) - Date.parse(localDateOf(testNow()))) / 86_400_000);
    const r = await fx.inject(
      'POST',
      '/bookings',
      p.principal,
      tripBody(p.id, {
        pickup: { address: 'Al-Farabi 1', lat: 53.21, lon: 63.62, kato: region },
        dropoff: { address: 'Baimagambetov 5', lat: 53.23, lon: 63.64, kato: region },
        time: localAt(days, '10:00'),
      }),
    );
    expect(r.statusCode).toBe(201);
    expect(r.json().bookings[0]).toMatchObject({ status: 'ACCEPTED', policyId: null, regionKato: region });
  });

  /** Rides of the person, booked through the API, that end as no-shows (the driver's side by hand). */
  const noShowsOf = async (p: Awaited<ReturnType<typeof registerPerson>>, hours: string[]) => {
    const noShows = fx.api.get(NoShowService);
    const ds = fx.api.get(DataSource);
    const ids: string[] = [];
    for (const hour of hours) {
      const b = (
        await fx.inject('POST', '/bookings', p.principal, tripBody(p.id, { time: localAt(2, hour) }))
      ).json().bookings[0];
      ids.push(b.id);
      // The driver's side of the lifecycle, as the driver API will do it, then the helper.
      await transact(ds, { userId: null, role: 'DRIVER' }, async (uow) => {
        for (const to of ['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'NO_SHOW'] as const)
          await transitionBooking(uow, {
            bookingId: b.id,
            to,
            expectedVersion: null,
            patch: to === 'ARRIVED' ? { arrivedAt: testNow() } : {},
          });
        await noShows.applyNoShow(uow, b.id);
      });
    }
    return ids;
  };

  it('no-shows suspend under the rule; the LEB officer forgives one and the suspension is lifted; both audited', async () => {
    const p = await registerPerson(fx);
    iins.push(p.iin);
    const ids = await noShowsOf(p, ['08:00', '12:00']);
    const after = (await fx.inject('GET', `/beneficiaries/${p.id}`, p.principal)).json();
    expect(after.suspendedUntil).toBeTruthy();
    const refused = await fx.inject(
      'POST',
      '/bookings',
      p.principal,
      tripBody(p.id, { time: localAt(3, '10:00') }),
    );
    expect(refused.json().reasons.map((x: { code: string }) => x.code)).toContain('BENEFICIARY_SUSPENDED');

    const dispatcherTry = await fx.inject('POST', `/bookings/${ids[0]}/forgive-no-show`, fx.dispatcher, {
      reason: 'NO_SHOW_VEHICLE_LATE',
    });
    expect(dispatcherTry.statusCode).toBe(403);
    // Forgiven only with a reason (a code kept with it), refused at the field without one.
    const noReason = await fx.inject('POST', `/bookings/${ids[0]}/forgive-no-show`, fx.officer, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const forgiven = await fx.inject('POST', `/bookings/${ids[0]}/forgive-no-show`, fx.officer, {
      reason: 'NO_SHOW_VEHICLE_LATE',
    });
    expect(forgiven.statusCode).toBe(200);
    expect(forgiven.json().noShowForgivenAt).toBeTruthy();
    expect(forgiven.json().noShowForgivenReason).toBe('NO_SHOW_VEHICLE_LATE');
    expect((await fx.inject('GET', `/beneficiaries/${p.id}`, p.principal)).json().suspendedUntil).toBeNull();
    expect(
      (
        await fx.inject('POST', `/bookings/${ids[0]}/forgive-no-show`, fx.officer, {
          reason: 'NO_SHOW_RECORDED_IN_ERROR',
        })
      ).statusCode,
    ).toBe(409);
    const actions = await fx.db.query(
      `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) AND action LIKE ANY(ARRAY['beneficiary.suspen%', 'booking.no_show_forgiven']) ORDER BY id`,
      [p.id, ids[0]],
    );
    expect(actions.rows.map((x: { action: string }) => x.action)).toEqual([
      'beneficiary.suspended',
      'booking.no_show_forgiven',
      'beneficiary.suspension_lifted',
    ]);
  });

  it('a disputed no-show (issue 23): counts for nothing until decided; the region dispatcher rejects, the officer upholds; the rider sees the evidence and the decision', async () => {
    const p = await registerPerson(fx);
    const other = await registerPerson(fx);
    iins.push(p.iin, other.iin);
    const ds = fx.api.get(DataSource);
    const ids = await noShowsOf(p, ['09:00', '13:00']);
    const suspended = async () =>
      (await fx.inject('GET', `/beneficiaries/${p.id}`, p.principal)).json().suspendedUntil as string | null;
    expect(await suspended()).toBeTruthy();
    const [first, second] = ids as [string, string];
    const dispute = (id: string, who = p.principal) =>
      fx.inject('POST', `/bookings/${id}/no-show-dispute`, who, {
        text: 'I waited at the entrance, nobody came.',
      });
    const decide = (id: string, who: typeof fx.officer, upheld: boolean) =>
      fx.inject('POST', `/bookings/${id}/no-show-dispute/decision`, who, {
        upheld,
        ...(upheld ? {} : { reason: 'DISPUTE_NOT_AT_ADDRESS' }),
      });

    // only the rider (or guardian) disputes, once, with words
    expect((await dispute(first, other.principal)).statusCode).toBe(403);
    const empty = await fx.inject('POST', `/bookings/${first}/no-show-dispute`, p.principal, { text: '' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('text');
    const disputed = await dispute(first);
    expect(disputed.statusCode).toBe(200);
    expect(disputed.json().noShow).toMatchObject({
      disputedAt: expect.any(String),
      disputeText: 'I waited at the entrance, nobody came.',
      decision: null,
    });
    expect((await dispute(first)).json().code).toBe('NO_SHOW_ALREADY_DISPUTED');
    // pending, it does not count: the suspension is lifted meanwhile
    expect(await suspended()).toBeNull();

    // the deciders' list (GET /bookings/no-show-disputes): the officer's region and the region's
    // dispatch centre see it with the rider, the evidence and the deadline; another region's
    // officer does not, a provider's dispatcher has none to decide, the rider may not ask
    const openIds = async (who: typeof fx.officer): Promise<string[]> => {
      const r = await fx.inject('GET', '/bookings/no-show-disputes', who);
      expect(r.statusCode).toBe(200);
      return (r.json() as { id: string }[]).map((b) => b.id);
    };
    const asOfficer = await fx.inject('GET', '/bookings/no-show-disputes', fx.officer);
    const item = (asOfficer.json() as { id: string }[]).find((b) => b.id === first);
    expect(item).toMatchObject({
      beneficiaryId: p.id,
      rider: { name: expect.any(String) },
      noShow: {
        disputeText: 'I waited at the entrance, nobody came.',
        disputeUntil: expect.any(String),
        decision: null,
      },
    });
    expect(await openIds(fx.dispatcher)).toContain(first);
    expect(await openIds({ ...fx.officer, regionKato: '750000000' })).not.toContain(first);
    expect(await openIds({ ...fx.dispatcher, providerId: '00000000-0000-4000-8000-00000000d123' })).toEqual(
      [],
    );
    expect((await fx.inject('GET', '/bookings/no-show-disputes', p.principal)).statusCode).toBe(403);
    expect(await openIds(fx.officer)).not.toContain(second);

    // not the provider's dispatcher (a party to it), nor the rider; the region's dispatch centre may
    const providerDispatcher = { ...fx.dispatcher, providerId: '00000000-0000-4000-8000-00000000d123' };
    expect((await decide(first, providerDispatcher, true)).statusCode).toBe(403);
    expect((await decide(first, p.principal, true)).statusCode).toBe(403);
    expect((await decide(second, fx.dispatcher, true)).json().code).toBe('NO_SHOW_NOT_DISPUTED');
    const rejected = await decide(first, fx.dispatcher, false);
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().noShow).toMatchObject({
      decision: 'REJECTED',
      decisionReason: 'DISPUTE_NOT_AT_ADDRESS',
    });
    expect(rejected.json().noShowForgivenAt).toBeNull();
    expect(await suspended()).toBeTruthy();
    expect((await decide(first, fx.officer, true)).json().code).toBe('NO_SHOW_DISPUTE_DECIDED');
    // a decided dispute leaves the list
    expect(await openIds(fx.officer)).not.toContain(first);

    // the second: disputed, then upheld by the LEB officer: forgiven, the pattern is gone
    expect((await dispute(second)).statusCode).toBe(200);
    expect(await openIds(fx.dispatcher)).toContain(second);
    const upheld = await decide(second, fx.officer, true);
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json().noShow.decision).toBe('UPHELD');
    expect(upheld.json().noShowForgivenAt).toBeTruthy();
    expect(await suspended()).toBeNull();
    // the rider reads it all on the ride, evidence included when the driver API recorded it
    await ds.query(`UPDATE booking SET no_show_evidence = $2 WHERE id = $1`, [
      second,
      JSON.stringify({ metres: 12, minutesWaited: 6 }),
    ]);
    const mine = (await fx.inject('GET', `/bookings/${second}`, p.principal)).json();
    expect(mine.noShow).toMatchObject({ decision: 'UPHELD', evidence: { metres: 12, minutesWaited: 6 } });
    const actions = await fx.db.query(
      `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) AND action LIKE 'booking.no_show_disput%' ORDER BY id`,
      [first, second],
    );
    expect(actions.rows.map((x: { action: string }) => x.action)).toEqual([
      'booking.no_show_disputed',
      'booking.no_show_dispute_rejected',
      'booking.no_show_disputed',
      'booking.no_show_dispute_upheld',
    ]);
  });

  it("a no-show's dispute deadline (issue 23): the region's noShowDisputeDays from the day it was recorded, the whole last day counts, refused after it naming the date", async () => {
    const p = await registerPerson(fx);
    iins.push(p.iin);
    const [early, late] = (await noShowsOf(p, ['09:00', '13:00'])) as [string, string];
    // recorded today (testNow): the region's policy says 10 days
    const lastDay = addDaysToLocalDate(localDateOf(testNow()), 10);
    const ride = (await fx.inject('GET', `/bookings/${early}`, p.principal)).json();
    expect(ride.noShow.disputeUntil).toBe(lastDay);
    const dispute = (id: string, at: Date, lang = 'en') =>
      atInstant(fx.api, at, () =>
        fx.inject(
          'POST',
          `/bookings/${id}/no-show-dispute`,
          p.principal,
          { text: 'Nobody came to the door.' },
          {
            'accept-language': lang,
          },
        ),
      );
    // the last minute of the last day is in time; the first minute after it is not
    const inTime = await dispute(early, localDateTimeToUtc(lastDay, '23:59'));
    expect(inTime.statusCode).toBe(200);
    const dayAfter = localDateTimeToUtc(addDaysToLocalDate(lastDay, 1), '00:00');
    const tooLate = await dispute(late, dayAfter);
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().code).toBe('NO_SHOW_DISPUTE_TOO_LATE');
    // the date in words ("17 December"), in the rider's language
    expect(tooLate.json().message).toBe(message('NO_SHOW_DISPUTE_TOO_LATE', 'en', { lastDay }));
    expect(tooLate.json().message).toContain(`${Number(lastDay.slice(8))}\u00a0`);
    const ru = await dispute(late, dayAfter, 'ru');
    expect(ru.json().message).toBe(message('NO_SHOW_DISPUTE_TOO_LATE', 'ru', { lastDay }));
    // nothing was written by the refusal
    expect((await fx.inject('GET', `/bookings/${late}`, p.principal)).json().noShow.disputedAt).toBeNull();
    // a region's deadline is a whole number of days, 1 to 365
    const bad = await fx.inject('POST', `/regions/${ASTANA}/policies`, fx.officer, {
      rules: policyRules({ noShowDisputeDays: 0 }),
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('noShowDisputeDays');
  });

  it('no IIN in any column of a full database dump', async () => {
    expect(iins.length).toBeGreaterThanOrEqual(5);
    const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', fx.t.config.DATABASE_URL], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    // The dump is real: it holds the masked forms, which share the IIN's first and last digits.
    expect(dump).toContain(`${iins[0]!.slice(0, 4)}******${iins[0]!.slice(10)}`);
    for (const iin of iins) expect(dump).not.toContain(iin);
  });

  it('no IIN in the log lines of the run (debug level)', () => {
    const text = fx.logs.join('');
    expect(fx.logs.length).toBeGreaterThan(20);
    expect(text).toContain('/beneficiaries');
    for (const iin of iins) expect(text).not.toContain(iin);
  });
});
