/**
 * The whole system as separate processes on loopback (simulators, api, dispatcher; optionally
 * the Portal stand-in in a process of its own), against a fresh database and queue prefix, so
 * faults can be injected into real processes and servers. With `privateServers` the database
 * and queues live on a PostgreSQL and a Redis of the stack's own (test/faults/servers.ts), which
 * may be stopped and killed; otherwise on the shared ones.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childPids } from '../support/processes';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { PrivateServers, until } from './servers';

const ROOT = join(__dirname, '..', '..');
const SIMULATORS = 'apps/simulators/src/main.ts';
/** How long a process may take to stop on SIGTERM before it is killed. */
const STOP_GRACE_MS = 10_000;

export interface StackOptions {
  /** A PostgreSQL and a Redis of the stack's own, removed by stop(). */
  privateServers?: boolean;
  /**
   * Runs the Portal stand-in as a process of its own ('portal', with this many people), so that
   * the Portal can go down while the SMS and procurement stand-ins stay up.
   */
  portalPopulation?: number;
  /**
   * API processes behind the one port (API_WORKERS: a primary forking that many, node:cluster
   * handing each its share of the connections); 'api' is the primary. Default 1.
   */
  apiWorkers?: number;
  /** Dispatcher processes on the same queues: 'dispatcher', 'dispatcher-2', ... Default 1. */
  dispatchers?: number;
}

interface ProcessSpec {
  entry: string;
  env: NodeJS.ProcessEnv;
  /** Answers 200 once the process serves. */
  ready?: string;
}

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
  private readonly specs = new Map<string, ProcessSpec>();
  readonly logs: string[] = [];
  /** The dispatcher processes' names. */
  readonly dispatchers: string[] = [];

  private constructor(
    readonly t: TestEnv,
    readonly env: NodeJS.ProcessEnv,
    readonly apiUrl: string,
    readonly simUrl: string,
    /** The Portal stand-in: its own process with portalPopulation, else the simulators'. */
    readonly portalUrl: string,
    readonly servers: PrivateServers | null,
  ) {}

  static async start(overrides: Record<string, string> = {}, options: StackOptions = {}): Promise<Stack> {
    const [apiPort, simPort, portalPort] = [await freePort(), await freePort(), await freePort()];
    const simUrl = `http://127.0.0.1:${simPort}`;
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const portalUrl = options.portalPopulation ? `http://127.0.0.1:${portalPort}` : simUrl;
    const portalSecret = randomBytes(24).toString('hex');
    const servers = options.privateServers ? await PrivateServers.create() : null;
    let t: TestEnv;
    try {
      t = await createTestEnv(
        {
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
          PORTAL_URL: `${portalUrl}/portal`,
          PROCUREMENT_URL: `${simUrl}/procurement`,
          SMS_GATEWAY_URL: `${simUrl}/sms`,
          API_WORKERS: String(options.apiWorkers ?? 1),
          ...overrides,
        },
        servers?.urls,
      );
    } catch (e) {
      servers?.dispose();
      throw e;
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...t.env,
      SIM_PORT: String(simPort),
      SIM_PORTAL_SECRET: portalSecret,
      SIM_PORTAL_TARGET_URL: apiUrl,
      SIM_CALLBACK_BASE_URL: apiUrl,
    };
    const s = new Stack(t, env, apiUrl, simUrl, portalUrl, servers);
    s.specs.set('simulators', { entry: SIMULATORS, env, ready: `${simUrl}/health` });
    if (options.portalPopulation)
      s.specs.set('portal', {
        entry: SIMULATORS,
        env: {
          ...env,
          SIM_PORT: String(portalPort),
          SIM_PORTAL_POPULATION: String(options.portalPopulation),
        },
        ready: `${portalUrl}/health`,
      });
    s.specs.set('api', { entry: 'apps/api/src/main.ts', env, ready: `${apiUrl}/ready` });
    for (let i = 1; i <= (options.dispatchers ?? 1); i++) {
      const name = i === 1 ? 'dispatcher' : `dispatcher-${i}`;
      s.dispatchers.push(name);
      s.specs.set(name, { entry: 'apps/dispatcher/src/main.ts', env });
    }
    try {
      // The stand-ins first: the api and dispatcher call them from the start.
      await Promise.all(['simulators', 'portal'].filter((n) => s.specs.has(n)).map((n) => s.restart(n)));
      await Promise.all([s.restart('api'), ...s.dispatchers.map((n) => s.restart(n))]);
    } catch (e) {
      await s.stop();
      throw e;
    }
    return s;
  }

  /** Starts (again) one of the stack's processes and waits until it serves. */
  async restart(name: string): Promise<void> {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`no process ${name} in this stack`);
    this.spawn(name, spec.entry, spec.env);
    // Generous: on a busy machine two api workers take a while to compile and boot.
    if (spec.ready) await waitFor(spec.ready, 180_000);
  }

  spawn(name: string, entry: string, env: NodeJS.ProcessEnv = this.env): ChildProcess {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts/register.js'), join(ROOT, entry)], {
      cwd: ROOT,
      env,
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
      const hard = setTimeout(() => p.kill('SIGKILL'), STOP_GRACE_MS);
      p.once('exit', () => {
        clearTimeout(hard);
        resolve();
      });
      p.kill(signal);
    });
  }

  /** The api's worker processes (API_WORKERS > 1), oldest first; none with one api process. */
  apiWorkers(): number[] {
    const primary = this.procs.get('api')?.pid;
    if (!primary || Number(this.env.API_WORKERS ?? 1) < 2) return [];
    return childPids(primary);
  }

  /**
   * SIGKILLs the newest api worker (the primary starts another after a second; the older ones
   * serve meanwhile) and waits until the api has its full count of workers again; the pid killed.
   */
  async killApiWorker(): Promise<number> {
    const workers = this.apiWorkers();
    const victim = workers.at(-1);
    if (victim === undefined) throw new Error('no api worker to kill (apiWorkers < 2)');
    process.kill(victim, 'SIGKILL');
    await until(
      'api worker replaced',
      async () => {
        const now = this.apiWorkers();
        return !now.includes(victim) && now.length === workers.length;
      },
      60_000,
    );
    return victim;
  }

  /** Every running process of ours, by name and pid (the api's workers as 'api worker'). */
  processes(): { name: string; pid: number }[] {
    const out: { name: string; pid: number }[] = [];
    for (const [name, p] of this.procs)
      if (p.pid && p.exitCode === null && p.signalCode === null) out.push({ name, pid: p.pid });
    return [...out, ...this.apiWorkers().map((pid) => ({ name: 'api worker', pid }))];
  }

  /** The processes' names, for their logs. */
  get names(): string[] {
    return [...this.specs.keys()];
  }

  /** Calls the Portal stand-in's control API (/portal/_control/...); throws unless it answers 2xx. */
  async portal<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.portalUrl}/portal/_control${path}`, {
      method,
      ...(body !== undefined
        ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
        : {}),
      signal: AbortSignal.timeout(20_000),
    });
    if (!res.ok) throw new Error(`portal control ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** The last lines a process wrote (warnings and errors: the stack runs at LOG_LEVEL=warn). */
  tail(name: string, lines = 30): string {
    return this.logs
      .filter((l) => l.startsWith(`${name}: `))
      .slice(-lines)
      .map((l) => l.slice(0, 400))
      .join('\n');
  }

  /** Stops every process (SIGTERM, SIGKILL after a grace), then removes the database and queues. */
  async stop(): Promise<void> {
    await Promise.all([...this.procs.keys()].map((name) => this.kill(name, 'SIGTERM')));
    if (this.servers) this.servers.dispose();
    else await this.t.teardown();
  }
}
