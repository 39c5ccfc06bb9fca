import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { alive, childPids } from './support/processes';
import { createTestEnv, eventually, type TestEnv } from './support/test-env';

const ROOT = join(__dirname, '..');

/**
 * API_WORKERS=2: two API processes serve one port; a worker that dies is replaced; SIGTERM stops
 * them all and the primary exits 0.
 */
describe('API_WORKERS: the API as several processes on one port', () => {
  let t: TestEnv;
  let api: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = 20_000 + Math.floor(Math.random() * 20_000);
    t = await createTestEnv({ API_WORKERS: '2', API_PORT: String(port), LOG_LEVEL: 'warn' });
    api = spawn(
      process.execPath,
      ['-r', join(ROOT, 'scripts/register.js'), join(ROOT, 'apps/api/src/main.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, ...t.env },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  });

  afterAll(async () => {
    if (api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
    for (const pid of api.pid ? childPids(api.pid) : []) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await t?.teardown();
  });

  const health = async (): Promise<number> => (await fetch(`http://127.0.0.1:${port}/health`)).status;

  it('serves from two workers, replaces one that dies, and stops them all on SIGTERM', async () => {
    const pid = api.pid as number;
    await eventually(async () => {
      expect(await health()).toBe(200);
      expect(childPids(pid)).toHaveLength(2);
      return true;
    }, 60_000);
    const [first, second] = childPids(pid) as [number, number];
    process.kill(first, 'SIGKILL');
    await eventually(async () => {
      const now = childPids(pid);
      expect(now).toHaveLength(2);
      expect(now).toContain(second);
      expect(now).not.toContain(first);
      // the replacement answers too: the worker killed may have been the only one listening yet
      // (two processes exist before both listen), and then the port is closed until it does
      expect(await health()).toBe(200);
      return true;
    }, 60_000);
    for (let i = 0; i < 10; i++) expect(await health()).toBe(200);
    const workers = childPids(pid);
    api.kill('SIGTERM');
    const [code] = (await once(api, 'exit')) as [number | null];
    expect(code).toBe(0);
    for (const w of workers) expect(alive(w)).toBe(false);
  }, 120_000);
});
