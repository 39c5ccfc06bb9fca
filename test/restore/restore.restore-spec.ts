import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import { bookingsAt, verdict, waitQuiet } from '../faults/checks';
import { drive, populationFor, seedCity, type City } from '../faults/load';
import { PrivatePostgres } from '../faults/servers';
import { Stack, waitFor } from '../faults/stack';

/**
 * Restore drill (issue 24, item 3): the database server is lost whole and brought back from a
 * base backup and the archived WAL, as the README's operator procedure says. Every booking
 * acknowledged (2xx) before the last archived WAL segment must be there after the restore,
 * decided once the sweeper has run, and none twice. Bookings acknowledged after that segment are
 * what the archive setting risks (the RPO): counted and printed, not required.
 */
const BEFORE = Number(process.env.RESTORE_BOOKINGS ?? 200);
const AFTER = 60;
const AS_ROOT = process.getuid?.() === 0;

describe('restore drill: base backup + archived WAL bring back every acknowledged booking', () => {
  let stack: Stack;
  let city: City;
  let restored: PrivatePostgres | null = null;
  const dirs: string[] = [];
  const dir = (name: string) => {
    // the faults' prefix: a killed run's leftovers are swept by the next run (servers.ts)
    const d = mkdtempSync(join(tmpdir(), `invataxi-faults-${process.pid}-${name}-`));
    if (AS_ROOT) execFileSync('chown', ['postgres:postgres', d]);
    dirs.push(d);
    return d;
  };

  afterAll(async () => {
    await stack?.stop();
    restored?.dispose();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }, 120_000);

  it('loses nothing acknowledged before the last archived segment, duplicates nothing', async () => {
    const population = populationFor(BEFORE + AFTER);
    stack = await Stack.start({}, { privateServers: true, portalPopulation: population.portalPeople });
    const pg = stack.servers!.postgres;
    const archive = dir('wal');
    const backup = join(dir('base'), 'data');
    await pg.archiveWalTo(archive);
    await waitFor(`${stack.apiUrl}/ready`, 180_000);
    let ds: DataSource = await createDataSource({
      url: stack.t.config.DATABASE_URL,
      poolSize: 4,
    }).initialize();
    city = await seedCity(ds, stack.t.config, stack.apiUrl, population.people, 12, population.portalPeople);

    // The nightly base backup, then a day's bookings through the API and from the Portal.
    await pg.baseBackup(backup);
    const before = await drive(stack, city, 0, BEFORE, 15);
    const beforeIds = [...before.accepted, ...(await bookingsAt(ds, before.inDoubt))];
    const lastArchived = await pg.archiveCurrentWal();
    // More bookings after the last archived segment: the archive may not hold them.
    const after = await drive(stack, city, BEFORE, AFTER, 5);
    await ds.destroy();

    // The database server is lost: it dies at once, and its data with it.
    const lostAt = Date.now();
    await pg.stop('immediate');
    pg.dispose();
    await stack.kill('api');
    await stack.kill('dispatcher');

    // The operator's restore: a new cluster from the base backup, replaying the archive.
    restored = await PrivatePostgres.restore(pg.port, backup, archive);
    const recoveredAt = Date.now();
    await stack.restart('api');
    await stack.restart('dispatcher');
    const servingAt = Date.now();

    ds = await createDataSource({ url: stack.t.config.DATABASE_URL, poolSize: 4 }).initialize();
    try {
      const undecided = await waitQuiet(ds, beforeIds);
      const v = await verdict(ds, beforeIds);
      const afterRestored: { n: number }[] = await ds.query(
        `SELECT count(*)::int AS n FROM booking WHERE id = ANY($1::uuid[])`,
        [after.accepted],
      );
      const segments = readdirSync(archive).filter((f) => /^[0-9A-F]{24}$/.test(f)).length;
      process.stdout.write(
        `\nrestore drill\n` +
          `  acknowledged before the last archived segment (${lastArchived}): ${beforeIds.length}, restored ${beforeIds.length - v.lost}, lost ${v.lost}, ` +
          `undecided after the sweeper ${undecided}, duplicates ${v.duplicates}, twice assigned ${v.twiceAssigned}\n` +
          `  acknowledged after it (at risk, the RPO): ${after.accepted.length}, restored ${afterRestored[0].n}\n` +
          `  archived WAL segments replayed: ${segments}; time to restore: ${((recoveredAt - lostAt) / 1000).toFixed(1)} s to an open database, ` +
          `${((servingAt - lostAt) / 1000).toFixed(1)} s to the api serving; statuses ${JSON.stringify(v.byStatus)}\n`,
      );
      expect(before.unexpected).toEqual([]);
      expect(beforeIds.length).toBeGreaterThan(BEFORE / 2);
      expect({ lost: v.lost, undecided, duplicates: v.duplicates, twiceAssigned: v.twiceAssigned }).toEqual({
        lost: 0,
        undecided: 0,
        duplicates: 0,
        twiceAssigned: 0,
      });
      // and the restored system takes bookings again
      const again = await drive(stack, city, BEFORE + AFTER + 100, 10, 2);
      expect(again.accepted.length).toBeGreaterThan(0);
    } finally {
      await ds.destroy();
    }
  });
});
