// Issue 24, item 2: one re-plan per region at a time among dispatcher processes, proven with real
// processes: three receive the evening re-plan of the same region while a dispatcher starts one
// from the console; a re-plan whose process dies is taken over and finishes.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { createDataSource } from '@invataxi/persistence';
import { JobName, QueueName } from '@invataxi/queue';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { startDispatcher, stopProcess, type Child } from '../support/processes';
import { ALMATY, Fixtures } from '../dispatch/fixtures';
import { fleet, manyRides } from '../dispatch/busy-day';

jest.setTimeout(300000);

interface RunRow {
  id: string;
  date: string;
  status: string;
  note: string | null;
  started_at: Date | null;
  finished_at: Date | null;
}

const ENDED = ['PROPOSED', 'APPLIED', 'DONE'];

describe('one re-plan per region at a time, across dispatcher processes (issue 24)', () => {
  let t: TestEnv;
  let ds: DataSource;
  let fx: Fixtures;
  let api: NestFastifyApplication;
  let queue: Queue;
  const children: Child[] = [];
  const dateOf = (days: number) => addDaysToLocalDate(localDateOf(t.now()), days);
  const runs = async (): Promise<RunRow[]> =>
    ds.query(
      `SELECT id, date::text AS date, status, note, started_at, finished_at FROM plan_run
        WHERE region_kato = $1 ORDER BY created_at`,
      [ALMATY],
    );
  const startReplan = (days: number) =>
    api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/dispatch/plan',
        payload: { regionKato: ALMATY, date: dateOf(days) },
        headers: {
          authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000d1', role: 'DISPATCHER', regionKato: ALMATY })}`,
        },
      });
  const dispatchers = (n: number) => {
    const started = Array.from({ length: n }, () =>
      // Each search takes its whole budget, so two runs of the region would overlap for seconds.
      startDispatcher(t.env, 'outbox,dispatch,plan', {
        PLAN_TIME_LIMIT_MS: '4000',
        PLAN_REGION_WAIT_SECONDS: '1',
      }),
    );
    children.push(...started);
    return started;
  };

  beforeAll(async () => {
    t = await createTestEnv({});
    ds = await createDataSource({ url: t.config.DATABASE_URL, poolSize: 4 }).initialize();
    fx = new Fixtures(ds);
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    queue = new Queue(QueueName.Plan, {
      connection: { url: t.config.REDIS_URL },
      prefix: t.config.QUEUE_PREFIX,
    });
  });

  afterAll(async () => {
    for (const c of children) await stopProcess(c, 'SIGKILL');
    await queue?.close();
    await api?.close();
    await ds?.destroy();
    await t?.teardown();
  });

  it('three processes get the evening re-plan and a dispatcher starts one: one run per day, never two of the region at once', async () => {
    for (const day of [1, 2]) await fleet(fx, 6, day);
    const booked = [...(await manyRides(fx, 30, 1, 3)), ...(await manyRides(fx, 30, 2, 5))];
    const three = dispatchers(3);
    await eventually(async () => three.every((c) => c.out().includes('dispatcher consuming')), 90000);
    await eventually(
      async () =>
        (
          await ds.query(
            `SELECT count(*)::int AS n FROM booking WHERE id = ANY($1::uuid[]) AND status = 'ACCEPTED'`,
            [booked],
          )
        )[0].n === 0,
      120000,
      250,
    );

    // The evening fan-out reaches every process at once (three jobs without a region), while a
    // dispatcher asks for tomorrow and for the day after from the console.
    const [tomorrow, dayAfter] = await Promise.all([
      startReplan(1),
      startReplan(2),
      ...[1, 2, 3].map((i) => queue.add(JobName.PlanDay, {} as never, { jobId: `evening-${i}` })),
    ]);
    // Tomorrow: either the console's run or the evening's one; the loser is told, not duplicated.
    if (tomorrow.statusCode !== 202) {
      expect(tomorrow.statusCode).toBe(409);
      expect(tomorrow.json()).toMatchObject({ code: 'REPLAN_RUNNING' });
    }
    expect(dayAfter.statusCode).toBe(202);

    // Watch the runs: the one that waits says for which.
    const waited = new Set<string>();
    const ended = await eventually(
      async () => {
        const rows = await runs();
        for (const r of rows)
          if (r.note?.startsWith('WAITING_FOR_REGION:')) waited.add(`${r.id}>${r.note.split(':')[1]}`);
        return rows.length >= 2 && rows.every((r) => ENDED.includes(r.status)) && rows;
      },
      180000,
      100,
    );
    expect(ended.filter((r) => r.date === dateOf(1))).toHaveLength(1);
    expect(ended.filter((r) => r.date === dateOf(2))).toHaveLength(1);
    // Never two at once: the runs' [start, end] do not overlap.
    const [a, b] = [...ended].sort((x, y) => +x.started_at! - +y.started_at!);
    expect(+b.started_at!).toBeGreaterThanOrEqual(+a.finished_at!);
    // and the second one waited for the first, with the reason recorded where the console reads it
    expect([...waited]).toContain(`${b.id}>${a.id}`);
    console.log(
      `replan exclusivity: runs=${ended.length} waited=${waited.size} gap_ms=${+b.started_at! - +a.finished_at!}`,
    );
  });

  it('a re-plan whose process is killed is taken over by another process and finishes', async () => {
    for (const c of children) await stopProcess(c, 'SIGKILL');
    await fleet(fx, 6, 3);
    const [holder] = dispatchers(1);
    await eventually(async () => holder.out().includes('dispatcher consuming'), 90000);
    await manyRides(fx, 30, 3, 7);
    const start = await startReplan(3);
    expect(start.statusCode).toBe(202);
    const runId = start.json().id as string;
    await eventually(async () => (await runs()).find((r) => r.id === runId)?.status === 'RUNNING', 60000, 50);
    const killedAt = Date.now();
    await stopProcess(holder, 'SIGKILL');
    const [other] = dispatchers(1);
    const done = await eventually(
      async () => {
        const r = (await runs()).find((x) => x.id === runId);
        return r && ENDED.includes(r.status) && r;
      },
      150000,
      250,
    );
    const takeoverSeconds = (Date.now() - killedAt) / 1000;
    expect(done.note ?? '').not.toMatch(/^WAITING_FOR_REGION/);
    // bounded: BullMQ's job lock (30 s) lapses, the stalled check (5 s) gives the job to `other`
    expect(takeoverSeconds).toBeLessThan(120);
    // the run's row is committed before its process logs (and its progress reaches Redis): the
    // line comes a moment later, so wait for it (a loaded CI read the output in between)
    await eventually(async () => other.out().includes('day re-planned'), 15000);
    console.log(`replan takeover: finished ${takeoverSeconds.toFixed(1)} s after its process was killed`);
  });
});
