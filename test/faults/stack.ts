/**
 * The whole system as separate processes on loopback (simulators, api, dispatcher), against a
 * fresh database and queue prefix, so faults can be injected into real processes and servers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestEnv, type TestEnv } from '../support/test-env';

const ROOT = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor(url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export class Stack {
  private readonly procs = new Map<string, ChildProcess>();
  readonly logs: string[] = [];

  private constructor(
    readonly t: TestEnv,
    readonly env: NodeJS.ProcessEnv,
    readonly apiUrl: string,
    readonly simUrl: string,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<Stack> {
    const [apiPort, simPort] = [await freePort(), await freePort()];
    const simUrl = `http://127.0.0.1:${simPort}`;
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const portalSecret = randomBytes(24).toString('hex');
    const t = await createTestEnv({
      PORTAL_CLIENT_KEYS: `portal:${portalSecret}`,
      PROCUREMENT_SECRET: randomBytes(24).toString('hex'),
      SMS_API_KEY: randomBytes(16).toString('hex'),
      SMS_CALLBACK_SECRET: randomBytes(24).toString('hex'),
      API_PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      SWEEPER_INTERVAL_MS: '5000',
      SWEEPER_STALE_AFTER_MS: '5000',
      OUTBOX_RELAY_INTERVAL_MS: '100',
      DISPATCHER_CONCURRENCY: '4',
      PORTAL_URL: `${simUrl}/portal`,
      PROCUREMENT_URL: `${simUrl}/procurement`,
      SMS_GATEWAY_URL: `${simUrl}/sms`,
      ...overrides,
    });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...t.env,
      SIM_PORT: String(simPort),
      SIM_PORTAL_SECRET: portalSecret,
      SIM_PORTAL_TARGET_URL: apiUrl,
      SIM_CALLBACK_BASE_URL: apiUrl,
    };
    const s = new Stack(t, env, apiUrl, simUrl);
    s.spawn('simulators', 'apps/simulators/src/main.ts');
    await waitFor(`${simUrl}/health`);
    s.spawn('api', 'apps/api/src/main.ts');
    s.spawn('dispatcher', 'apps/dispatcher/src/main.ts');
    await waitFor(`${apiUrl}/ready`);
    return s;
  }

  spawn(name: string, entry: string): ChildProcess {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts/register.js'), join(ROOT, entry)], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => {
      for (const line of b.toString().split('\n')) if (line.trim()) this.logs.push(`${name}: ${line}`);
      if (this.logs.length > 20000) this.logs.splice(0, this.logs.length - 20000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', (code, signal) => this.logs.push(`${name}: exited (${signal ?? code})`));
    this.procs.set(name, child);
    return child;
  }

  /** Kills a process the hard way (no shutdown hooks), as a crash or an OOM kill would. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.procs.get(name);
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill(signal);
    });
  }

  async restartDispatcher(): Promise<void> {
    this.spawn('dispatcher', 'apps/dispatcher/src/main.ts');
  }

  async restartSimulators(): Promise<void> {
    this.spawn('simulators', 'apps/simulators/src/main.ts');
    await waitFor(`${this.simUrl}/health`);
  }

  /** The last lines a process wrote (warnings and errors: the stack runs at LOG_LEVEL=warn). */
  tail(name: string, lines = 30): string {
    return this.logs
      .filter((l) => l.startsWith(`${name}: `))
      .slice(-lines)
      .map((l) => l.slice(0, 400))
      .join('\n');
  }

  async stop(): Promise<void> {
    for (const name of this.procs.keys()) await this.kill(name, 'SIGTERM');
    await this.t.teardown();
  }
}
