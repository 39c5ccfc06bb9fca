import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { ALL_MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
}

type ConnectCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/** How the pool's requests for a connection fare now (databaseState). */
export interface DatabaseState {
  /**
   * When a new connection last failed because the server could not be reached (refused,
   * shutting down, starting up, reset, timed out); null once one has succeeded since.
   */
  unreachableAt: number | null;
  /** How long the oldest request for a connection still unanswered has waited, in ms (0: none waits). */
  waitedMs: number;
  /** Requests for a connection queued because every one of the pool's `size` connections is taken. */
  queued: number;
  size: number;
}

/** A connection failed for want of the server, not for a statement of ours (pg's error, code or message). */
function serverUnreachable(e: Error): boolean {
  const code = (e as { code?: string }).code ?? '';
  if (/^(08|57P0)/.test(code) || code === '53300') return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code))
    return true;
  return /^Connection terminated/.test(e.message);
}

/**
 * pg's Pool, but every client keeps an 'error' listener for life. pg-pool takes its own off while
 * a client is checked out; a server that ends the session then (PostgreSQL stopping: 57P01) made
 * the client emit an unhandled 'error', which killed the whole process (found by the fault
 * tests). The query in flight or the next one still fails (the API answers 503) and the pool
 * drops the broken client.
 * It also keeps what the API's door needs to answer 503 at once rather than queue a request it
 * cannot serve in time (apps/api DatabaseGate): whether the server could be reached lately, and
 * how long the oldest request for a connection has waited.
 */
class SturdyPool extends pg.Pool {
  /** Requests for a connection still unanswered, oldest first (a Set keeps insertion order). */
  private readonly asking = new Set<{ since: number }>();
  private unreachableAt: number | null = null;

  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on('connect', (client) => client.on('error', () => undefined));
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const ask = { since: Date.now() };
    this.asking.add(ask);
    const answered = (err: Error | undefined): void => {
      this.asking.delete(ask);
      if (!err) this.unreachableAt = null;
      else if (serverUnreachable(err)) this.unreachableAt = Date.now();
    };
    if (!callback)
      return super.connect().then(
        (client) => {
          answered(undefined);
          return client;
        },
        (e: Error) => {
          answered(e);
          throw e;
        },
      );
    super.connect((err, client, done) => {
      answered(err);
      callback(err, client, done);
    });
  }

  state(): DatabaseState {
    const oldest = this.asking.values().next().value;
    return {
      unreachableAt: this.unreachableAt,
      waitedMs: oldest ? Date.now() - oldest.since : 0,
      queued: this.waitingCount,
      size: this.options.max,
    };
  }
}

/** How the DataSource's connections to PostgreSQL fare now (a DataSource of dataSourceOptions). */
export function databaseState(ds: DataSource): DatabaseState {
  // TypeORM's PostgresDriver keeps the pool it made from `driver` as its public `master`.
  const pool = (ds.driver as unknown as { master?: unknown }).master;
  return pool instanceof SturdyPool ? pool.state() : { unreachableAt: null, waitedMs: 0, queued: 0, size: 0 };
}

/**
 * The one description of the database connection: what the API and the dispatcher get through
 * `TypeOrmModule.forRootAsync` (libs/platform) and what scripts and tests get through
 * `createDataSource`. synchronize is always false: the schema comes from reviewed migrations
 * only (STYLE.md, practice 9).
 */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    driver: { ...pg, Pool: SturdyPool },
    url: options.url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    logging: false,
    extra: {
      max: options.poolSize ?? 20,
      application_name: options.applicationName ?? 'invataxi',
      // A query that hangs on a dead server must fail, so the API can answer 503.
      connectionTimeoutMillis: 5000,
      statement_timeout: 30000,
    },
  };
}

/** A DataSource outside Nest (scripts, migrations, tests), built from the same options. */
export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
