import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { WhatIfRepository } from '@invataxi/persistence';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { ASTANA } from '../../scripts/seed/astana';
import { appClock } from '../support/clock';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';

const ALMATY = '750000000';

/**
 * Stored what-if scenarios (issue 25, item 1) through the API and the dispatcher's "whatif"
 * queue: the officer creates one on the demo's recorded period, the dispatcher replays it and
 * stores its figures; scope and role are checked on every route; bad input is a 400 at its field.
 */
describe('what-if scenarios', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let from: string;
  let to: string;
  let recorded: number;
  let have: { WHEELCHAIR_VAN: number; CAR: number };
  const auth = (
    role: string,
    regionKato: string | null,
    userId = '00000000-0000-4000-8000-0000000000f1',
  ) => ({
    // Valid across the API's clock moved 20 days on.
    authorization: `Bearer ${t.token({ userId, role: role as never, regionKato }, 60 * 86400)}`,
  });
  let officer: { authorization: string };
  const http = () => api.getHttpAdapter().getInstance();
  const post = (url: string, payload: object, headers = officer) =>
    http().inject({ method: 'POST', url, payload, headers: { ...headers, 'accept-language': 'en' } });
  const get = (url: string, headers = officer) => http().inject({ method: 'GET', url, headers });

  const scenario = (over: object = {}) => ({
    name: 'As recorded',
    demand: { from, to, growth: 1 },
    fleet: [],
    policy: {},
    ...over,
  });

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,whatif' });
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
    ds = api.get(DataSource);
    const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    await seedViaApi(ds, t.config, url, t.now());
    // The seed booked the coming days: the API reads them as history 20 days on.
    const today = localDateOf(t.now());
    from = addDaysToLocalDate(today, -1);
    to = addDaysToLocalDate(today, 15);
    appClock(api).setTo(localDateTimeToUtc(addDaysToLocalDate(today, 20), '10:00'));
    recorded = (
      await new WhatIfRepository(ds).demandOfPeriod(
        ASTANA,
        localDateTimeToUtc(from, '00:00'),
        localDateTimeToUtc(addDaysToLocalDate(to, 1), '00:00'),
      )
    ).length;
    // Four rides of the period as driven: picked up on time, 2, 10 and 20 minutes after their plan
    // (the delays the expected on-time share applies to the scenario's schedule).
    await ds.query(
      `UPDATE booking b SET status = 'COMPLETED', planned_pickup_at = b.pickup_earliest,
              actual_pickup_at = b.pickup_earliest + make_interval(mins => x.late)
         FROM (SELECT id, (ARRAY[0, 2, 10, 20])[row_number() OVER (ORDER BY id)] AS late FROM booking
                WHERE region_kato = $1 AND pickup_earliest >= $2 ORDER BY id LIMIT 4) x
        WHERE x.id = b.id`,
      [ASTANA, localDateTimeToUtc(from, '00:00')],
    );
    have = await new WhatIfRepository(ds).vehiclesOfPeriod(
      ASTANA,
      localDateTimeToUtc(from, '00:00'),
      localDateTimeToUtc(addDaysToLocalDate(to, 1), '00:00'),
    );
    officer = auth('LEB_OFFICER', ASTANA);
    worker = await createDispatcher(t.config);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  const done = (id: string) =>
    eventually(async () => {
      const r = await get(`/whatif/scenarios/${id}`);
      const s = r.json();
      return ['DONE', 'FAILED'].includes(s.status) ? s : undefined;
    }, 120_000);

  it('creates a scenario, replays it to DONE and reads its figures; a smaller fleet and shorter hours serve fewer', async () => {
    expect(recorded).toBeGreaterThan(0);
    expect(have.WHEELCHAIR_VAN).toBeGreaterThan(0);
    const base = await post('/whatif/scenarios', scenario());
    expect(base.statusCode).toBe(202);
    expect(base.json()).toMatchObject({ status: 'QUEUED', progress: 0, result: null, regionKato: ASTANA });
    // Created at the platform's time (its clock moved 20 days on), not the database's (walk h4).
    expect(Math.abs(new Date(base.json().createdAt).getTime() - appClock(api).now().getTime())).toBeLessThan(
      60_000,
    );
    const cut = await post(
      '/whatif/scenarios',
      scenario({
        name: 'Fewer vehicles, shorter hours',
        demand: { from, to, growth: 1.5 },
        fleet: (['CAR', 'WHEELCHAIR_VAN'] as const)
          .filter((kind) => have[kind] > 0)
          .map((kind) => ({ kind, count: -have[kind], shiftStart: '08:00', shiftEnd: '20:00' })),
        policy: { serviceHours: { from: '10:00', to: '12:00' }, rideTimeFactor: 2 },
      }),
    );
    expect(cut.statusCode).toBe(202);
    // The recorded fleet with rides offered 10:00-12:00 only (walk t25 minor 1).
    const narrow = await post(
      '/whatif/scenarios',
      scenario({ name: 'Hours 10-12', policy: { serviceHours: { from: '10:00', to: '12:00' } } }),
    );
    expect(narrow.statusCode).toBe(202);

    const a = await done(base.json().id);
    const b = await done(cut.json().id);
    const c = await done(narrow.json().id);
    // Its shifts cut to those hours: at most 2 vehicle hours a shift, where the recorded ones
    // were replayed whole, their hours as the baseline's (the hours not bought not counted).
    expect(c).toMatchObject({ status: 'DONE' });
    expect(a.result.shiftsCut).toBeUndefined();
    expect(c.result.shiftsCut.vehicleHoursBefore).toBe(a.result.figures.productivity.serviceHours);
    expect(c.result.figures.productivity.serviceHours).toBeGreaterThan(0);
    expect(c.result.figures.productivity.serviceHours).toBeLessThanOrEqual(2 * c.result.fleet.shifts);
    expect(c.result.figures.productivity.serviceHours).toBeLessThan(
      a.result.figures.productivity.serviceHours,
    );
    expect(a).toMatchObject({ status: 'DONE', progress: 100, note: null, attempts: 1 });
    expect(b).toMatchObject({ status: 'DONE', progress: 100 });
    expect(a.result.requests).toBe(recorded);
    // The demand base as recorded, before growth: the cut scenario's 1.5 replays more than recorded.
    expect(b.result.recorded).toMatchObject({ requests: recorded, days: 17 });
    expect(a.result.recorded.daysWithRequests).toBeGreaterThan(0);
    expect(a.result.recorded.daysWithRequests).toBeLessThanOrEqual(17);
    expect(a.result.figures.trips.requested).toBe(recorded);
    // Every recorded request was accepted when made, under the same policy: none refused now.
    expect(a.result.figures.trips.refused).toBe(0);
    expect(a.result.servedShare).toBeGreaterThan(0);
    // The expected on-time share, from the 4 delays observed (t25 M3); with no vehicle, none.
    expect(a.result.observedDelays).toBe(4);
    expect(a.result.expectedOnTimeShare).toBeGreaterThan(0);
    expect(a.result.expectedOnTimeShare).toBeLessThanOrEqual(1);
    expect(b.result.expectedOnTimeShare).toBeNull();
    expect(a.result.fleet.vehicles).toBeGreaterThan(0);
    expect(a.result.figures.productivity.serviceHours).toBeGreaterThan(0);

    expect(b.result.requests).toBe(recorded + Math.floor(recorded / 2));
    expect(b.result.fleet.vehicles).toBe(0);
    expect(b.result.servedShare).toBe(0);
    // Requests outside 10:00-12:00 are refused for the hours; the rest wait for a vehicle in vain.
    const reasons = b.result.figures.trips.refusedByReason.map((r: { reason: string }) => r.reason);
    expect(reasons).toContain('OUTSIDE_SERVICE_HOURS');
    expect(b.result.figures.trips.refused + b.result.figures.trips.waitlistedUntilExpiry).toBe(
      b.result.requests,
    );
    expect(b.params.policy).toEqual({
      serviceHours: { from: '10:00', to: '12:00' },
      minLeadMinutes: null,
      windowMinutes: null,
      rideTimeFactor: 2,
    });

    // The list (no figures), and the ministry reads it nationally but cannot create.
    const list = await get('/whatif/scenarios');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((s: { id: string }) => s.id)).toEqual([
      narrow.json().id,
      cut.json().id,
      base.json().id,
    ]);
    expect(list.json()[0].result).toBeNull();
    const analyst = auth('MINISTRY_ANALYST', null, '00000000-0000-4000-8000-0000000000f2');
    expect((await get('/whatif/scenarios', analyst)).json()).toHaveLength(3);
    expect((await get(`/whatif/scenarios/${base.json().id}`, analyst)).json().result.requests).toBe(recorded);

    // Side by side as a workbook that opens, the figures in it.
    const file = await get(`/whatif/scenarios/export?ids=${base.json().id},${cut.json().id}`, {
      ...officer,
      'accept-language': 'ru',
    } as never);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as never);
    const ws = wb.worksheets[0]!;
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const byLabel = new Map(rows.map((r) => [String(r[1] ?? ''), r.slice(2)]));
    // The one changing nothing is the baseline; the header rows say the region and when each ran.
    expect(byLabel.get('')).toEqual(['As recorded (базовый)', 'Fewer vehicles, shorter hours']);
    expect(byLabel.get('Регион')).toEqual(['Астана', 'Астана']);
    expect(byLabel.get('Когда рассчитан')).toEqual([expect.any(Date), expect.any(Date)]);
    expect(byLabel.get('Заявки')).toEqual([recorded, b.result.requests]);
    expect(byLabel.get('Доля обслуженных')).toEqual([a.result.servedShare, 0]);
    const expected = byLabel.get('Ожидаемая доля вовремя (с опозданиями, наблюдавшимися в периоде)');
    expect(expected?.[0]).toBe(a.result.expectedOnTimeShare);
    expect(expected?.[1] ?? null).toBeNull();
    // The plan's own on-time share is said as what it is.
    expect(byLabel.has('Доля вовремя')).toBe(false);
    // The rules as the replay applied them: the baseline's values, not "as in force" (walk t25 m6),
    // and the ride limit with its allowance (M3).
    const inForce = a.result.rules;
    expect(inForce).toEqual({
      serviceHours: { from: expect.stringMatching(/^\d\d:\d\d$/), to: expect.stringMatching(/^\d\d:\d\d$/) },
      minLeadMinutes: expect.any(Number),
      windowMinutes: expect.any(Number),
      rideTimeFactor: expect.any(Number),
      ridePlusMinutes: expect.any(Number),
    });
    expect(b.result.rules).toEqual({
      ...inForce,
      serviceHours: { from: '10:00', to: '12:00' },
      rideTimeFactor: 2,
    });
    expect(byLabel.get('Время, когда возят')).toEqual([
      `${inForce.serviceHours.from}–${inForce.serviceHours.to}`,
      '10:00–12:00',
    ]);
    expect(byLabel.get('Заказ заранее, мин')).toEqual([inForce.minLeadMinutes, inForce.minLeadMinutes]);
    expect(byLabel.get('Предел времени в пути (сверх него — «сверх предела»)')).toEqual([
      `${String(inForce.rideTimeFactor).replace('.', ',')} × прямой путь + ${inForce.ridePlusMinutes} мин`,
      `2 × прямой путь + ${inForce.ridePlusMinutes} мин`,
    ]);
    expect([...byLabel.keys()].some((k) => k.includes('OUTSIDE_SERVICE_HOURS'))).toBe(false);
    // Days are date cells, shares percentages (the cell keeps 0..1).
    const cell = (label: string, column: number) =>
      ws
        .getRows(1, ws.rowCount)!
        .find((r) => r.getCell(1).value === label)!
        .getCell(column);
    expect(cell('Первый день периода', 2).value).toEqual(new Date(`${from}T00:00:00Z`));
    expect(cell('Последний день периода', 3).value).toEqual(new Date(`${to}T00:00:00Z`));
    expect(cell('Первый день периода', 2).numFmt).toBe('dd.mm.yyyy');
    expect(cell('Доля обслуженных', 2).numFmt).toBe('0.0%');
    expect(cell('Посадки, запланированные внутри окна', 3).numFmt).toBe('0.0%');
    // Every number has its format (walk h3 finding 4): counts whole, factors with decimals.
    expect(cell('Заявки', 2).numFmt).toBe('#,##0');
    const unformatted: string[] = [];
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        if (typeof c.value === 'number' && !c.numFmt)
          unformatted.push(`R${r}C${col} ${String(row.getCell(1).value)}`);
      }),
    );
    expect(unformatted).toEqual([]);
  }, 240_000);

  it('checks role and region on every route', async () => {
    const created = await post('/whatif/scenarios', scenario({ name: 'Scope' }));
    expect(created.statusCode).toBe(202);
    const id = created.json().id as string;
    const other = auth('LEB_OFFICER', ALMATY, '00000000-0000-4000-8000-0000000000f3');
    const analyst = auth('MINISTRY_ANALYST', null, '00000000-0000-4000-8000-0000000000f2');
    const dispatcher = auth('DISPATCHER', ASTANA, '00000000-0000-4000-8000-0000000000f4');
    // Another region's officer neither reads it nor creates one for Astana.
    expect((await get(`/whatif/scenarios/${id}`, other)).statusCode).toBe(403);
    expect((await get(`/whatif/scenarios?regionKato=${ASTANA}`, other)).statusCode).toBe(403);
    expect((await get(`/whatif/scenarios/export?ids=${id}`, other)).statusCode).toBe(403);
    expect((await post('/whatif/scenarios', scenario({ regionKato: ASTANA }), other)).statusCode).toBe(403);
    expect((await get('/whatif/scenarios', other)).json()).toEqual([]);
    // The analyst reads, never creates or runs; a dispatcher has no access at all.
    expect((await post('/whatif/scenarios', scenario({ regionKato: ASTANA }), analyst)).statusCode).toBe(403);
    expect((await post(`/whatif/scenarios/${id}/run`, {}, analyst)).statusCode).toBe(403);
    expect((await get('/whatif/scenarios', dispatcher)).statusCode).toBe(403);
    expect((await get(`/whatif/scenarios/${id}`, dispatcher)).statusCode).toBe(403);
    expect((await get(`/whatif/scenarios/${id}`, { authorization: '' })).statusCode).toBe(401);
    // Run again: only a failed one.
    await done(id);
    const again = await post(`/whatif/scenarios/${id}/run`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/failed/);
    expect((await get('/whatif/scenarios/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  }, 180_000);

  it('is deleted by an officer of its region, once it is no longer waiting or running', async () => {
    const del = (id: string, headers = officer) =>
      http().inject({
        method: 'DELETE',
        url: `/whatif/scenarios/${id}`,
        headers: { ...headers, 'accept-language': 'en' },
      });
    const created = await post('/whatif/scenarios', scenario({ name: 'To delete' }));
    const id = created.json().id as string;
    await done(id);
    // While it runs: refused, in words, and kept.
    await ds.query(`UPDATE whatif_run SET status = 'RUNNING', result = NULL WHERE id = $1`, [id]);
    const running = await del(id);
    expect(running.statusCode).toBe(409);
    expect(running.json().message).toMatch(/still being calculated/);
    // Failed (as a run can): deletable.
    await ds.query(`UPDATE whatif_run SET status = 'FAILED', note = 'test' WHERE id = $1`, [id]);
    // Another region's officer, the analyst: not theirs to delete.
    expect(
      (await del(id, auth('LEB_OFFICER', ALMATY, '00000000-0000-4000-8000-0000000000f3'))).statusCode,
    ).toBe(403);
    expect(
      (await del(id, auth('MINISTRY_ANALYST', null, '00000000-0000-4000-8000-0000000000f2'))).statusCode,
    ).toBe(403);
    expect((await get(`/whatif/scenarios/${id}`)).statusCode).toBe(200);
    // The region's officer: gone, and audited.
    expect((await del(id)).statusCode).toBe(204);
    expect((await get(`/whatif/scenarios/${id}`)).statusCode).toBe(404);
    expect((await del(id)).statusCode).toBe(404);
    const audit: unknown[] = await ds.query(
      `SELECT 1 FROM audit_log WHERE action = 'whatif.deleted' AND entity_id = $1`,
      [id],
    );
    expect(audit).toHaveLength(1);
  }, 180_000);

  it('refuses bad input with a 400 naming the field and the rule, and stores nothing', async () => {
    const before = (await get('/whatif/scenarios')).json().length;
    const today = addDaysToLocalDate(localDateOf(t.now()), 20);
    const cases: [object, string, RegExp][] = [
      [
        scenario({
          demand: { from: addDaysToLocalDate(today, 1), to: addDaysToLocalDate(today, 2), growth: 1 },
        }),
        'demand.from',
        /start by today/,
      ],
      // A period ending today or later: its requests are not all recorded, refused at its end.
      [
        scenario({ demand: { from: addDaysToLocalDate(today, -3), to: today, growth: 1 } }),
        'demand.to',
        /end by yesterday .*not all in yet/,
      ],
      [
        scenario({
          demand: { from: addDaysToLocalDate(today, -3), to: addDaysToLocalDate(today, 5), growth: 1 },
        }),
        'demand.to',
        /end by yesterday/,
      ],
      [scenario({ demand: { from: to, to: from, growth: 1 } }), 'demand.to', /on or after/],
      [scenario({ demand: { from: addDaysToLocalDate(from, -40), to, growth: 1 } }), 'demand.to', /31 days/],
      [scenario({ demand: { from, to: '2026-02-30', growth: 1 } }), 'demand.to', /calendar date/],
      [scenario({ demand: { from, to, growth: 9 } }), 'demand.growth', /At most 5/],
      [scenario({ demand: { from, to, growth: 'x' } }), 'demand.growth', /number/],
      [scenario({ demand: undefined }), 'demand', /./],
      [
        scenario({ fleet: [{ kind: 'BUS', count: 1, shiftStart: '08:00', shiftEnd: '20:00' }] }),
        'fleet[0].kind',
        /one of/,
      ],
      [
        scenario({ fleet: [{ kind: 'CAR', count: 0, shiftStart: '08:00', shiftEnd: '20:00' }] }),
        'fleet[0].count',
        /add/,
      ],
      [
        scenario({ fleet: [{ kind: 'CAR', count: 500, shiftStart: '08:00', shiftEnd: '20:00' }] }),
        'fleet[0].count',
        /At most 200/,
      ],
      [
        scenario({ policy: { serviceHours: { from: '18:00', to: '09:00' } } }),
        'policy.serviceHours.to',
        /after it starts/,
      ],
      // Times that cannot be read (walk t25 M4): refused at their field, never run as "as now".
      [
        scenario({ policy: { serviceHours: { from: '25:99', to: '21:00' } } }),
        'policy.serviceHours.from',
        /hours:minutes/,
      ],
      [
        scenario({ policy: { serviceHours: { from: '07:00', to: 'noon' } } }),
        'policy.serviceHours.to',
        /hours:minutes/,
      ],
      [
        scenario({ policy: { serviceHours: { from: '', to: '' } } }),
        'policy.serviceHours.from',
        /hours:minutes|Fill in/,
      ],
      [
        scenario({ fleet: [{ kind: 'CAR', count: 1, shiftStart: '7 am', shiftEnd: '19:00' }] }),
        'fleet[0].shiftStart',
        /hours:minutes/,
      ],
      [scenario({ policy: { windowMinutes: 1 } }), 'policy.windowMinutes', /At least 5/],
      [scenario({ policy: { rideTimeFactor: 0.5 } }), 'policy.rideTimeFactor', /At least 1/],
      [scenario({ name: '   ' }), 'name', /Fill in/],
      // More vehicles taken away than the fleet had, a minimum notice not a number.
      [
        scenario({
          fleet: [
            {
              kind: 'WHEELCHAIR_VAN',
              count: -(have.WHEELCHAIR_VAN + 1),
              shiftStart: '08:00',
              shiftEnd: '20:00',
            },
          ],
        }),
        'fleet[0].count',
        new RegExp(`Wheelchair vehicles in the fleet in the period: ${have.WHEELCHAIR_VAN}\\.`),
      ],
      [scenario({ policy: { minLeadMinutes: 'abc' } }), 'policy.minLeadMinutes', /number/],
    ];
    for (const [body, field, words] of cases) {
      const r = await post('/whatif/scenarios', body);
      expect({ field, status: r.statusCode }).toEqual({ field, status: 400 });
      const errors = r.json().errors as { field: string; reason: string }[];
      const mine = errors.find((e) => e.field === field);
      expect({ field, reason: mine?.reason }).toEqual({ field, reason: expect.stringMatching(words) });
    }
    expect((await get('/whatif/scenarios')).json()).toHaveLength(before);
    // The export names the field too.
    expect((await get('/whatif/scenarios/export?ids=nope')).json().errors[0].field).toBe('ids');
  });
});
