import type { DataSource } from 'typeorm';

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so two processes starting at once
 * (api and dispatcher, or two replicas) never run the same migration twice.
 */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(727001)');
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
    await runner.release();
  }
}
