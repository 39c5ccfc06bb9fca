/**
 * The dispatcher side of recurring series: the MaterialiseSeries handler and its repeatable
 * schedule are registered, and a job taken from the real queue books the occurrences that came
 * within reach (here: after the region's policy widened its booking horizon).
 */
import type { INestApplicationContext } from '@nestjs/common';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { JobName, QueueProducer, message } from '@invataxi/queue';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { JobRegistry } from '../../apps/dispatcher/src/core/job-registry';
import { SeriesProcessor } from '../../apps/dispatcher/src/series/series.processor';
import { eventually } from '../support/test-env';
import {
  ASTANA,
  boot,
  policyRules,
  publishPolicy,
  registerPerson,
  tripBody,
  type Fixture,
} from './booking-fixture';
import { testNow } from '../support/clock';

describe('series materialisation in the dispatcher', () => {
  let fx: Fixture;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    fx = await boot({ DISPATCHER_QUEUES: 'maintenance' });
    worker = await createDispatcher(fx.t.config);
  });
  afterAll(async () => {
    await worker?.close();
    await fx?.close();
  });

  it('registers the handler and an hourly schedule', () => {
    const registry = worker.get(JobRegistry);
    expect(registry.handlers[JobName.MaterialiseSeries]).toBeDefined();
    expect(registry.schedules.find((s) => s.name === JobName.MaterialiseSeries)).toBeTruthy();
  });

  it('a MaterialiseSeries job books the occurrences now within the horizon', async () => {
    await publishPolicy(fx, ASTANA, policyRules({ maxHorizonDays: 2 }));
    const p = await registerPerson(fx);
    const today = localDateOf(testNow());
    const r = await fx.inject(
      'POST',
      '/bookings',
      p.principal,
      tripBody(p.id, {
        time: undefined,
        purpose: 'HAEMODIALYSIS',
        recurrence: {
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          localTime: '07:30',
          fromDate: addDaysToLocalDate(today, 1),
          toDate: addDaysToLocalDate(today, 30),
        },
      }),
    );
    expect(r.statusCode).toBe(201);
    expect(r.json().bookings).toHaveLength(2);
    const seriesId = r.json().series.id as string;
    // The officer widens the horizon; the next run of the job reaches SERIES_HORIZON_DAYS (7).
    await publishPolicy(fx, ASTANA, policyRules({ maxHorizonDays: 14 }));
    await worker.get(QueueProducer).addBulk([message(JobName.MaterialiseSeries, {}, `test-${seriesId}`)]);
    const n = await eventually(async () => {
      const q = await fx.db.query(
        `SELECT count(*)::int AS n FROM booking WHERE series_id = $1 AND status = 'ACCEPTED'`,
        [seriesId],
      );
      return q.rows[0].n === 7 ? 7 : undefined;
    }, 30_000);
    expect(n).toBe(7);
    const s = await fx.db.query('SELECT materialised_until::text AS u FROM booking_series WHERE id = $1', [
      seriesId,
    ]);
    expect(s.rows[0].u).toBe(addDaysToLocalDate(today, 7));
  });

  it('an occurrence the policy now refuses is audited and passed over; the series moves on', async () => {
    await publishPolicy(fx, ASTANA, policyRules({ maxHorizonDays: 2 }));
    const p = await registerPerson(fx);
    const today = localDateOf(testNow());
    const r = await fx.inject(
      'POST',
      '/bookings',
      p.principal,
      tripBody(p.id, {
        time: undefined,
        purpose: 'HAEMODIALYSIS',
        recurrence: {
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          localTime: '09:00',
          fromDate: addDaysToLocalDate(today, 1),
          toDate: addDaysToLocalDate(today, 30),
        },
      }),
    );
    expect(r.json().bookings).toHaveLength(2);
    const seriesId = r.json().series.id as string;
    // The region stops serving haemodialysis trips (and widens the horizon).
    await publishPolicy(
      fx,
      ASTANA,
      policyRules({ maxHorizonDays: 14, allowedPurposes: ['MEDICAL', 'WORK'] }),
    );
    // Another process's policy cache sees a new version within two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await worker.get(SeriesProcessor).run();
    // The repeatable schedule may have run the same pass: the outcome is what counts.
    const mine = await eventually(async () => {
      const q = await fx.db.query(
        `SELECT after->>'date' AS d, after->'reasons' AS reasons FROM audit_log WHERE entity_id = $1 AND action = 'series.occurrence_rejected' ORDER BY id`,
        [seriesId],
      );
      return q.rows.length >= 5 ? q : undefined;
    }, 20_000);
    expect(mine.rows.map((x: { d: string }) => x.d)).toEqual(
      [3, 4, 5, 6, 7].map((d) => addDaysToLocalDate(today, d)),
    );
    expect(mine.rows[0].reasons).toEqual(['PURPOSE_NOT_ALLOWED']);
    const n = await fx.db.query('SELECT count(*)::int AS n FROM booking WHERE series_id = $1', [seriesId]);
    expect(n.rows[0].n).toBe(2);
    const s = await fx.db.query(
      'SELECT materialised_until::text AS u, status FROM booking_series WHERE id = $1',
      [seriesId],
    );
    expect(s.rows[0]).toEqual({ u: addDaysToLocalDate(today, 7), status: 'ACTIVE' });
  });
});
