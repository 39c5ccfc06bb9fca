// Issue 25, item 1: a what-if replay whose dispatcher process dies is taken over by another
// process (BullMQ's stalled job) and finishes; its result is never half-written.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { createApi } from '../../apps/api/src/create-api';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { ASTANA } from '../../scripts/seed/astana';
import { appClock } from '../support/clock';
import { startDispatcher, stopProcess, type Child } from '../support/processes';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';

jest.setTimeout(300_000);

interface RunRow {
  status: string;
  progress: number;
  attempts: number;
  result: { requests: number; figures: { trips: { requested: number } } } | null;
}

describe('a what-if replay whose process dies (issue 25)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  const children: Child[] = [];

  beforeAll(async () => {
    t = await createTestEnv({});
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
    ds = api.get(DataSource);
    const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    await seedViaApi(ds, t.config, url, t.now());
    appClock(api).setTo(localDateTimeToUtc(addDaysToLocalDate(localDateOf(t.now()), 20), '10:00'));
  });

  afterAll(async () => {
    for (const c of children) await stopProcess(c, 'SIGKILL');
    await api?.close();
    await t?.teardown();
  });

  const row = async (id: string): Promise<RunRow> =>
    (
      (await ds.query('SELECT status, progress, attempts, result FROM whatif_run WHERE id = $1', [
        id,
      ])) as RunRow[]
    )[0]!;
  const dispatcher = () => {
    const c = startDispatcher(t.env, 'outbox,whatif');
    children.push(c);
    return c;
  };

  it('is taken over by another dispatcher and finishes, its result written whole with DONE', async () => {
    const holder = dispatcher();
    await eventually(async () => holder.out().includes('dispatcher consuming'), 90_000);
    const today = localDateOf(t.now());
    const created = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/whatif/scenarios',
        payload: {
          name: 'Five times the demand',
          demand: { from: addDaysToLocalDate(today, -1), to: addDaysToLocalDate(today, 15), growth: 5 },
          fleet: [{ kind: 'WHEELCHAIR_VAN', count: 3, shiftStart: '07:00', shiftEnd: '21:00' }],
          policy: { windowMinutes: 30 },
        },
        headers: {
          authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000f1', role: 'LEB_OFFICER', regionKato: ASTANA }, 60 * 86400)}`,
        },
      });
    expect(created.statusCode).toBe(202);
    const id = created.json().id as string;

    const running = await eventually(
      async () => {
        const r = await row(id);
        return r.status === 'RUNNING' && r;
      },
      60_000,
      20,
    );
    expect(running.result).toBeNull();
    // A result cannot be stored without DONE, nor DONE without a result: never half-written.
    await expect(ds.query(`UPDATE whatif_run SET result = '{}' WHERE id = $1`, [id])).rejects.toThrow(
      /ck_whatif_run_result/,
    );
    await expect(ds.query(`UPDATE whatif_run SET status = 'DONE' WHERE id = $1`, [id])).rejects.toThrow(
      /ck_whatif_run_result/,
    );

    const killedAt = Date.now();
    await stopProcess(holder, 'SIGKILL');
    expect((await row(id)).status).toBe('RUNNING');
    const other = dispatcher();
    const done = await eventually(
      async () => {
        const r = await row(id);
        return ['DONE', 'FAILED'].includes(r.status) && r;
      },
      200_000,
      250,
    );
    const takeoverSeconds = (Date.now() - killedAt) / 1000;
    expect(done).toMatchObject({ status: 'DONE', progress: 100, attempts: 2 });
    expect(done.result!.requests).toBeGreaterThan(0);
    expect(done.result!.figures.trips.requested).toBe(done.result!.requests);
    expect(holder.out()).not.toContain('what-if run finished');
    // Logged after the commit that wrote DONE, and read from the child's pipe: it may come a moment
    // after the row (CI, 7 Dec, under load: DONE read, the line not yet arrived).
    await eventually(async () => other.out().includes('what-if run finished') || undefined, 10_000, 100);
    // bounded: BullMQ's job lock (30 s) lapses, the stalled check (5 s) gives the job to `other`
    expect(takeoverSeconds).toBeLessThan(150);
    console.log(`whatif takeover: finished ${takeoverSeconds.toFixed(1)} s after its process was killed`);
  });
});
