/**
 * Private PostgreSQL and Redis servers for the fault tests, so that stopping, killing and
 * restarting them never touches the machine's shared servers (127.0.0.1:5432 and :6379), which
 * other tests and people use. Each lives on its own port (below the ephemeral range, so that the
 * port is still free when the server comes back) and is removed at the end: after the tests, on
 * an exception, on a signal; a run that was killed outright is cleaned up by the next one.
 *
 * PostgreSQL refuses to run as root: as root the cluster is made with Debian's
 * pg_createcluster / pg_ctlcluster (which run the server as the postgres user), otherwise with
 * initdb / pg_ctl into a temporary directory. Redis is a child process (killed with this one).
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { alive } from '../support/processes';

const run = promisify(execFile);
/** Temporary directories and cluster names carry the owning process id, for the stale sweep. */
const DIR_PREFIX = 'invataxi-faults-';
const CLUSTER_PREFIX = 'invataxi_faults_';
const AS_ROOT = process.getuid?.() === 0;

interface Disposable {
  dispose(): void;
}
const live = new Set<Disposable>();

function disposeAll(): void {
  for (const d of [...live]) d.dispose();
}

function onSignal(signal: NodeJS.Signals): void {
  disposeAll();
  process.kill(process.pid, signal);
}

/** Registers the process-wide clean-up the first time a server starts. */
function track(d: Disposable): void {
  if (live.size === 0) {
    process.on('exit', disposeAll);
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(s, onSignal);
  }
  live.add(d);
}

function untrack(d: Disposable): void {
  live.delete(d);
  if (live.size > 0) return;
  process.off('exit', disposeAll);
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(s, onSignal);
}

const quiet = (cmd: string, args: string[]): void => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
  } catch {
    // already gone
  }
};

/** A port in 20000-32767 (below Linux's ephemeral range) that nobody listens on now. */
async function quietPort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 20000 + Math.floor(Math.random() * 12768);
    const free = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 20000-32767');
}

export async function until(what: string, ok: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends one inline command to 127.0.0.1:port; resolves with the first reply line, or null. */
function ask(port: number, command: string): Promise<string | null> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    const done = (v: string | null) => {
      sock.destroy();
      resolve(v);
    };
    sock.setTimeout(1000, () => done(null));
    sock.once('error', () => done(null));
    sock.once('data', (b) => done(b.toString().split('\r\n')[0] ?? null));
    sock.once('connect', () => sock.write(`${command}\r\n`));
  });
}

function pgVersion(): string {
  const versions = readdirSync('/usr/lib/postgresql')
    .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
    .sort((a, b) => Number(a) - Number(b));
  if (!versions.length) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
  return versions.at(-1)!;
}

/**
 * Removes what runs killed outright (SIGKILL, a lost machine) left: clusters and temporary
 * directories whose owning process is gone, with their servers.
 */
export function sweepStale(): void {
  if (AS_ROOT && existsSync('/etc/postgresql'))
    for (const v of readdirSync('/etc/postgresql'))
      for (const name of readdirSync(`/etc/postgresql/${v}`)) {
        const owner = Number(name.slice(CLUSTER_PREFIX.length).split('_')[0]);
        if (name.startsWith(CLUSTER_PREFIX) && owner && !alive(owner))
          quiet('pg_dropcluster', ['--stop', v, name]);
      }
  for (const entry of readdirSync(tmpdir())) {
    const owner = Number(entry.slice(DIR_PREFIX.length).split('-')[0]);
    if (!entry.startsWith(DIR_PREFIX) || !owner || alive(owner)) continue;
    const dir = join(tmpdir(), entry);
    if (existsSync(join(dir, 'data', 'postmaster.pid')))
      quiet(`/usr/lib/postgresql/${pgVersion()}/bin/pg_ctl`, [
        '-D',
        join(dir, 'data'),
        '-m',
        'immediate',
        'stop',
      ]);
    const pidFile = join(dir, 'redis.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      const cmd = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
      if (pid && cmd.includes('redis-server') && cmd.includes(dir)) process.kill(pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As root: a Debian cluster (the server runs as the postgres user), trust auth, started by hand. */
function createDebianCluster(version: string, name: string, port: number): Promise<unknown> {
  return run('pg_createcluster', [
    version,
    name,
    '-p',
    String(port),
    '--start-conf',
    'manual',
    '--',
    '--auth=trust',
    '--no-sync',
  ]);
}

/** A throwaway PostgreSQL cluster with trust authentication on 127.0.0.1:<port>. */
export class PrivatePostgres implements Disposable {
  private disposed = false;

  private constructor(
    readonly port: number,
    private readonly version: string,
    /** Root: the cluster name. Otherwise: the temporary directory holding data, socket and log. */
    private readonly where: string,
  ) {}

  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<PrivatePostgres> {
    const port = await quietPort();
    const version = pgVersion();
    const where = AS_ROOT
      ? `${CLUSTER_PREFIX}${process.pid}_${port}`
      : mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${process.pid}-pg-`));
    const pg = new PrivatePostgres(port, version, where);
    track(pg);
    try {
      if (AS_ROOT) await createDebianCluster(version, where, port);
      else
        await run(pg.bin('initdb'), [
          '-D',
          join(where, 'data'),
          '-U',
          'postgres',
          '--auth=trust',
          '--no-sync',
        ]);
      await pg.start();
      return pg;
    } catch (e) {
      pg.dispose();
      throw e;
    }
  }

  bin(name: string): string {
    return `/usr/lib/postgresql/${this.version}/bin/${name}`;
  }

  async start(): Promise<void> {
    if (AS_ROOT) await run('pg_ctlcluster', ['--skip-systemctl-redirect', this.version, this.where, 'start']);
    else
      await run(this.bin('pg_ctl'), [
        '-D',
        join(this.where, 'data'),
        '-l',
        join(this.where, 'postgres.log'),
        '-o',
        `-p ${this.port} -k ${this.where} -c listen_addresses=127.0.0.1`,
        '-w',
        'start',
      ]);
  }

  /**
   * A fast shutdown (sessions are ended, the server is down until start()); 'immediate': the
   * server dies as a machine would, with no shutdown checkpoint and no last archiving.
   */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (AS_ROOT)
      await run('pg_ctlcluster', ['--skip-systemctl-redirect', this.version, this.where, 'stop', '-m', mode]);
    else await run(this.bin('pg_ctl'), ['-D', join(this.where, 'data'), '-m', mode, '-w', 'stop']);
  }

  /** A statement run by psql as the superuser; its output, trimmed. */
  async sql(statement: string): Promise<string> {
    const { stdout } = await run('psql', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-Atqc',
      statement,
    ]);
    return stdout.trim();
  }

  /** Turns WAL archiving on into `archiveDir` (restarts the server: archive_mode needs it). */
  async archiveWalTo(archiveDir: string): Promise<void> {
    await this.sql(`ALTER SYSTEM SET archive_mode = 'on'`);
    await this.sql(
      `ALTER SYSTEM SET archive_command = 'test ! -f ${archiveDir}/%f && cp %p ${archiveDir}/%f'`,
    );
    await this.stop();
    await this.start();
  }

  /** Closes the current WAL segment and waits until the archiver has copied it; its name. */
  async archiveCurrentWal(timeoutMs = 60_000): Promise<string> {
    const segment = await this.sql('SELECT pg_walfile_name(pg_switch_wal())');
    await until(
      `WAL ${segment} archived`,
      async () => (await this.sql("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")) >= segment,
      timeoutMs,
    );
    return segment;
  }

  /** A base backup (pg_basebackup, plain format, with the WAL it needs) into `dir`. */
  async baseBackup(dir: string): Promise<void> {
    await run(this.bin('pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-D',
      dir,
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
  }

  /**
   * A new cluster on `port` made from a base backup and the archived WAL: the operator's restore
   * (README, "Backup and restore"): the backup's files, restore_command reading the archive, and
   * recovery.signal, so the server replays every archived segment and then opens.
   */
  static async restore(port: number, backupDir: string, archiveDir: string): Promise<PrivatePostgres> {
    const version = pgVersion();
    const where = AS_ROOT
      ? `${CLUSTER_PREFIX}${process.pid}_${port}r`
      : mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${process.pid}-pgr-`));
    const pg = new PrivatePostgres(port, version, where);
    track(pg);
    try {
      let data = join(where, 'data');
      if (AS_ROOT) {
        await createDebianCluster(version, where, port);
        data = `/var/lib/postgresql/${version}/${where}`;
        rmSync(data, { recursive: true, force: true });
      }
      await run('cp', ['-a', backupDir, data]);
      // later lines win: read the archive, and do not archive into it again from the new timeline
      appendFileSync(
        join(data, 'postgresql.auto.conf'),
        `\nrestore_command = 'cp ${archiveDir}/%f %p'\narchive_mode = 'off'\n`,
      );
      writeFileSync(join(data, 'recovery.signal'), '');
      if (AS_ROOT) await run('chown', ['-R', 'postgres:postgres', data]);
      await run('chmod', ['700', data]);
      await pg.start();
      await until(
        'recovery finished',
        async () => (await pg.sql('SELECT pg_is_in_recovery()')) === 'f',
        120_000,
      );
      return pg;
    } catch (e) {
      pg.dispose();
      throw e;
    }
  }

  /** Stops the server and removes the cluster (synchronous: also runs from exit handlers). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (AS_ROOT) quiet('pg_dropcluster', ['--stop', this.version, this.where]);
    else {
      quiet(this.bin('pg_ctl'), ['-D', join(this.where, 'data'), '-m', 'immediate', '-w', 'stop']);
      rmSync(this.where, { recursive: true, force: true });
    }
    untrack(this);
  }
}

/** A redis-server child on 127.0.0.1:<port> that keeps nothing on disk. */
export class PrivateRedis implements Disposable {
  private child: ChildProcess | null = null;
  private disposed = false;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async create(): Promise<PrivateRedis> {
    const r = new PrivateRedis(
      await quietPort(),
      mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${process.pid}-redis-`)),
    );
    track(r);
    try {
      await r.start();
      return r;
    } catch (e) {
      r.dispose();
      throw e;
    }
  }

  /** Starts a fresh, empty server on the same port. */
  async start(): Promise<void> {
    // setpriv: the kernel kills the server if this process dies without cleaning up.
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const cmd = ['redis-server', ...args, '--dir', this.dir];
    const pdeath = existsSync('/usr/bin/setpriv') ? ['/usr/bin/setpriv', '--pdeathsig', 'KILL', '--'] : [];
    const [exe, ...rest] = [...pdeath, ...cmd];
    const child = spawn(exe!, rest, { stdio: 'ignore' });
    this.child = child;
    writeFileSync(join(this.dir, 'redis.pid'), String(child.pid));
    await until(`redis on ${this.port}`, async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode})`);
      return (await ask(this.port, 'PING')) === '+PONG';
    });
  }

  /** SIGKILL: the server and everything in it are gone at once. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.child && this.child.exitCode === null && this.child.signalCode === null)
      this.child.kill('SIGKILL');
    this.child = null;
    rmSync(this.dir, { recursive: true, force: true });
    untrack(this);
  }
}

/** One private PostgreSQL and one private Redis, created together, removed together. */
export class PrivateServers {
  private constructor(
    readonly postgres: PrivatePostgres,
    readonly redis: PrivateRedis,
  ) {}

  static async create(): Promise<PrivateServers> {
    sweepStale();
    const postgres = await PrivatePostgres.create();
    try {
      return new PrivateServers(postgres, await PrivateRedis.create());
    } catch (e) {
      postgres.dispose();
      throw e;
    }
  }

  get urls(): { adminUrl: string; redisUrl: string } {
    return { adminUrl: this.postgres.adminUrl, redisUrl: this.redis.url };
  }

  dispose(): void {
    this.redis.dispose();
    this.postgres.dispose();
  }
}
