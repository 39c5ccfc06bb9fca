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

/**
 * pg's Pool, but every client keeps an 'error' listener for life. pg-pool takes its own off while
 * a client is checked out; a server that ends the session then (PostgreSQL stopping: 57P01) made
 * the client emit an unhandled 'error', which killed the whole process (found by the fault
 * tests). The query in flight or the next one still fails (the API answers 503) and the pool
 * drops the broken client.
 */
class SturdyPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on('connect', (client) => client.on('error', () => undefined));
  }
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
