/**
 * Soak (issue #24; not in CI): `npm run soak -- --minutes 30`. The fault suite's stack (two api
 * processes behind one port, two dispatchers, a PostgreSQL and a Redis of its own) carries a
 * day's rhythm of bookings compressed into the given minutes (a morning and an afternoon peak,
 * quiet at the ends), while every few minutes one of the fault suite's faults hits it, the kinds
 * in random order (each comes up before any repeats). At the end, once every accepted booking is
 * decided: the fault suite's checks, bookings driven, lost, p95 decision time per 5-minute window
 * (booking written to its first decided status, from the audit log) and the resident memory of
 * each process at the start, once warm (after the first window) and at the end. Exit 1 when a
 * check fails or a process that lived throughout grew 10% or more once warm.
 *
 * Options: --minutes (30), --per-minute (200: bookings per minute on average), --fault-every
 * (minutes between faults, 3), --seed (the faults' order), --vehicles (60).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDataSource } from '@invataxi/persistence';
import { DECIDED, faultsFound, figures, NOTHING_FOUND, outcomeOf, type PortalReceived } from './checks';
import {
  killApiWorker,
  killDispatcher,
  loseRedis,
  portalReceived,
  sleep,
  stopPostgres,
  troublePortal,
} from './kinds';
import { drive, mergeResults, populationFor, seeded, seedCity, type DriveResult } from './load';
import { Stack } from './stack';

const { values: opts } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    'per-minute': { type: 'string', default: '200' },
    'fault-every': { type: 'string', default: '3' },
    seed: { type: 'string', default: String(Date.now() % 100000) },
    vehicles: { type: 'string', default: '60' },
  },
});
const MINUTES = Number(opts.minutes);
const TOTAL = Math.round(MINUTES * Number(opts['per-minute']));
const FAULT_EVERY_MS = Number(opts['fault-every']) * 60_000;
const SEED = Number(opts.seed);
const WINDOW_MS = 5 * 60_000;
/** The service day 06:00-22:00 by hour: the share of the day's bookings made in that hour. */
const DAY = [0.4, 1.0, 1.4, 1.2, 0.8, 0.7, 0.7, 0.8, 0.9, 1.0, 1.3, 1.2, 0.8, 0.5, 0.3, 0.2];
/** Growth of a process's memory, once warm, above which the soak fails. */
const RSS_GROWTH_LIMIT = 0.1;

/** The faults, by name; the dispatcher and api worker killed are always the newest, so the first of each lives throughout. */
const FAULTS: Record<string, (stack: Stack, archive: PortalReceived[]) => Promise<string>> = {
  'dispatcher SIGKILL': (stack) => killDispatcher(stack, stack.dispatchers.at(-1)!),
  'api process SIGKILL': (stack) => killApiWorker(stack),
  'Redis flushed, then lost': (stack) => loseRedis(stack, 5000),
  'PostgreSQL stopped': (stack) => stopPostgres(stack),
  'Portal failing, down, slow': (stack, archive) => troublePortal(stack, archive),
};

const t0 = Date.now();
/** mm:ss since `from` (the script's start unless said). */
const clock = (at = Date.now(), from = t0) => {
  const s = Math.round((at - from) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (line: string) => process.stdout.write(`[${clock()}] ${line}\n`);

function rssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Each process's resident memory at each sample, by pid. */
class Memory {
  readonly byPid = new Map<number, { name: string; samples: Map<string, number> }>();
  readonly labels: string[] = [];

  sample(stack: Stack, label: string): void {
    this.labels.push(label);
    for (const { name, pid } of stack.processes()) {
      const kb = rssKb(pid);
      if (kb === null) continue;
      const p = this.byPid.get(pid) ?? { name, samples: new Map<string, number>() };
      p.samples.set(label, kb);
      this.byPid.set(pid, p);
    }
  }

  /** Lines of the report and the processes that lived throughout and grew past the limit once warm. */
  report(): { lines: string[]; grew: string[] } {
    const lines = [`  process (pid): MB at ${this.labels.join(' / ')}; growth once warm`];
    const grew: string[] = [];
    const [first, warm, last] = [this.labels[0]!, this.labels[1]!, this.labels.at(-1)!];
    for (const [pid, p] of this.byPid) {
      const mb = this.labels.map((l) => (p.samples.has(l) ? (p.samples.get(l)! / 1024).toFixed(0) : '-'));
      const throughout = p.samples.has(first) && p.samples.has(last);
      let growth = 'started or ended during the soak (a fault replaced it)';
      if (throughout && p.samples.has(warm)) {
        const g = p.samples.get(last)! / p.samples.get(warm)! - 1;
        growth = `${(g * 100).toFixed(1)}%`;
        if (g >= RSS_GROWTH_LIMIT) grew.push(`${p.name} (${pid}) ${growth}`);
      }
      lines.push(`  ${p.name} (${pid}): ${mb.join(' / ')}; ${growth}`);
    }
    return { lines, grew };
  }
}

/** The q-quantile (nearest rank) of some milliseconds, in seconds with two decimals. */
function quantile(values: number[], q: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))]! / 1000).toFixed(
    2,
  );
}

async function main(): Promise<void> {
  const population = populationFor(TOTAL);
  log(
    `soak: ${MINUTES} min, ${TOTAL} bookings in a day's rhythm, a fault every ~${FAULT_EVERY_MS / 60_000} min (seed ${SEED})`,
  );
  const stack = await Stack.start(
    { PORTAL_TIMEOUT_MS: '2000' },
    { privateServers: true, portalPopulation: population.portalPeople, apiWorkers: 2, dispatchers: 2 },
  );
  const stop = () => void stack.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  const ds = await createDataSource({ url: stack.t.config.DATABASE_URL, poolSize: 4 }).initialize();
  const archive: PortalReceived[] = [];
  let exit = 0;
  try {
    const city = await seedCity(
      ds,
      stack.t.config,
      stack.apiUrl,
      population.people,
      Number(opts.vehicles),
      population.portalPeople,
    );
    log(`seeded ${population.people} people, ${opts.vehicles} vehicles; the day starts`);
    const memory = new Memory();
    memory.sample(stack, 'start');
    const start = Date.now();
    const end = start + MINUTES * 60_000;

    // The day: one stream per hour of it, each started on time (the last may still be retrying).
    const hourMs = (MINUTES * 60_000) / DAY.length;
    const weight = DAY.reduce((a, b) => a + b, 0);
    const streams: Promise<DriveResult>[] = [];
    const day = (async () => {
      let offset = 0;
      for (let h = 0; h < DAY.length; h++) {
        const count = h === DAY.length - 1 ? TOTAL - offset : Math.round((TOTAL * DAY[h]!) / weight);
        streams.push(drive(stack, city, offset, count, hourMs / 1000));
        offset += count;
        await sleep(start + (h + 1) * hourMs - Date.now());
      }
    })();

    // Faults every few minutes (not in the first two nor the last two), the kinds shuffled.
    const rnd = seeded(SEED);
    const faults: { at: number; kind: string; what: string }[] = [];
    const injecting = (async () => {
      let bag: string[] = [];
      for (let next = start + 2 * 60_000; next < end - 2 * 60_000;) {
        await sleep(next - Date.now());
        if (!bag.length) bag = Object.keys(FAULTS).sort(() => rnd() - 0.5);
        const kind = bag.pop()!;
        const at = Date.now();
        try {
          const what = await FAULTS[kind]!(stack, archive);
          faults.push({ at, kind, what });
          log(`fault: ${kind}: ${what}`);
        } catch (e) {
          faults.push({ at, kind, what: `failed to inject: ${(e as Error).message}` });
          log(`fault: ${kind}: failed to inject: ${(e as Error).message}`);
          exit = 1;
        }
        next = Math.max(Date.now() + 30_000, next + FAULT_EVERY_MS * (0.75 + rnd() * 0.5));
      }
    })();
    // Memory once warm (the first window), then each window.
    const sampling = (async () => {
      for (let w = 1; start + w * WINDOW_MS <= end; w++) {
        await sleep(start + w * WINDOW_MS - Date.now());
        memory.sample(stack, `${w * 5} min`);
        log(`memory sampled: ${stack.processes().length} processes`);
      }
    })();
    await Promise.all([day, injecting, sampling]);
    log('the day is over: waiting for the streams, then until everything accepted is decided');
    const result = mergeResults(await Promise.all(streams));
    const outcome = await outcomeOf(ds, result, () => portalReceived(stack, archive), 600_000);
    memory.sample(stack, 'end');

    // Decision time per 5-minute window of when the booking was written.
    const rows: { created: Date; decided: Date | null }[] = await ds.query(
      `SELECT b.created_at AS created,
              (SELECT min(a.at) FROM audit_log a
                WHERE a.entity_type = 'booking' AND a.entity_id = b.id::text AND a.after->>'status' = ANY($2)) AS decided
         FROM booking b WHERE b.id = ANY($1::uuid[])`,
      [outcome.booked, DECIDED],
    );
    const windows = new Map<number, number[]>();
    for (const r of rows) {
      if (!r.decided) continue;
      const w = Math.floor((new Date(r.created).getTime() - start) / WINDOW_MS);
      windows.set(w, [
        ...(windows.get(w) ?? []),
        new Date(r.decided).getTime() - new Date(r.created).getTime(),
      ]);
    }
    const found = faultsFound(result, outcome);
    const mem = memory.report();
    const lines = [
      '',
      `soak: ${MINUTES} min, seed ${SEED}; 2 api processes behind one port, 2 dispatchers`,
      `  faults (${faults.length}; when, counted from the day's start):`,
      ...faults.map((f) => `    ${clock(f.at, start)} ${f.kind}: ${f.what}`),
      `  bookings driven=${TOTAL}, accepted=${result.accepted.length}, lost=${outcome.v.lost}`,
      figures(TOTAL, result, outcome),
      '  decision time (booking written to first decided status), by 5-minute window of writing:',
      ...[...windows.keys()]
        .sort((a, b) => a - b)
        .map((w) => {
          const ms = windows.get(w)!;
          const hit = faults.filter((f) => Math.floor((f.at - start) / WINDOW_MS) === w).map((f) => f.kind);
          return `    ${w * 5}-${w * 5 + 5} min: ${ms.length} bookings, p95 ${quantile(ms, 0.95)} s, median ${quantile(ms, 0.5)} s${hit.length ? `; faults: ${hit.join(', ')}` : ''}`;
        }),
      '  resident memory:',
      ...mem.lines,
      `  checks: ${JSON.stringify(found) === JSON.stringify(NOTHING_FOUND) ? 'all 0' : JSON.stringify(found)}`,
      `  memory: ${mem.grew.length ? `grew ${RSS_GROWTH_LIMIT * 100}% or more once warm: ${mem.grew.join(', ')}` : `no process that lived throughout grew ${RSS_GROWTH_LIMIT * 100}% or more once warm`}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (JSON.stringify(found) !== JSON.stringify(NOTHING_FOUND) || mem.grew.length) exit = 1;
    if (exit) for (const p of stack.names) process.stdout.write(`--- ${p}\n${stack.tail(p)}\n`);
  } finally {
    process.off('SIGINT', stop);
    await ds.destroy();
    await stack.stop();
  }
  process.exit(exit);
}

main().catch((e) => {
  process.stderr.write(`soak failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
