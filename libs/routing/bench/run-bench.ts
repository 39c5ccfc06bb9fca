// The benchmark run: solve each instance with the public solve(), check the result with the
// independent checker, compare with the best known cost. Used by the CLI (darp.ts) and the
// CI smoke test.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { solve, type Solution } from '@invataxi/routing';
import { checkSolution } from './checker';
import { parseCordeau, toProblem } from './cordeau';

export interface BenchOptions {
  readonly dir: string;
  /** Instance names without extension; all files of dir (or dir/instances) when absent. */
  readonly instances?: readonly string[];
  readonly timeLimitSec: number;
  readonly seed: number;
  readonly outDir?: string;
  /** Budget clock: 'wall' (default) or 'cpu' (this process's CPU time; fair on a busy machine). */
  readonly clock?: 'wall' | 'cpu';
  readonly log?: (line: string) => void;
}

export interface InstanceResult {
  readonly name: string;
  readonly cost: number;
  readonly bestKnown: number | undefined;
  readonly gapPct: number | undefined;
  readonly timeSec: number;
  readonly cpuSec: number;
  readonly feasible: boolean;
  readonly errors: readonly string[];
}

export interface BenchSummary {
  readonly results: readonly InstanceResult[];
  readonly feasible: number;
  readonly meanGapPct: number;
  readonly worstGapPct: number;
  readonly summaryLine: string;
}

export function runBench(options: BenchOptions): BenchSummary {
  const log = options.log ?? (() => undefined);
  const instDir = findInstanceDir(options.dir);
  const files = readdirSync(instDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));
  const names = options.instances ?? files.sort(byCordeauName);
  const bks = readBks(options.dir);
  const results: InstanceResult[] = [];
  log(
    `${pad('instance', 9)}${pad('cost', 11)}${pad('best', 11)}${pad('gap%', 8)}${pad('time s', 8)}${pad('cpu s', 8)}feasible`,
  );
  for (const name of names) {
    const inst = parseCordeau(name, readFileSync(join(instDir, `${name}.txt`), 'utf8'));
    const problem = toProblem(inst);
    const t0 = performance.now();
    const c0 = process.cpuUsage().user;
    const solution = solve(problem, {
      timeLimitMs: options.timeLimitSec * 1000,
      seed: options.seed,
      clock: options.clock === 'cpu' ? () => process.cpuUsage().user / 1000 : undefined,
    });
    const timeSec = (performance.now() - t0) / 1000;
    const cpuSec = (process.cpuUsage().user - c0) / 1e6;
    const routes = toNodeRoutes(solution, inst.requests);
    const check = checkSolution(inst, routes);
    const known = bks[name];
    // costs equal to the best known up to rounding count as a zero gap, not "-0.00"
    const rawGap = known !== undefined ? (100 * (check.cost - known)) / known : undefined;
    const gap = rawGap !== undefined && Math.abs(rawGap) < 1e-9 ? 0 : rawGap;
    const result: InstanceResult = {
      name,
      cost: check.cost,
      bestKnown: known,
      gapPct: gap,
      timeSec,
      cpuSec,
      feasible: check.feasible && solution.unassigned.length === 0,
      errors: [...check.errors, ...solution.unassigned.map((id) => `request ${id} unassigned`)],
    };
    results.push(result);
    if (options.outDir) {
      mkdirSync(options.outDir, { recursive: true });
      writeFileSync(join(options.outDir, `${name}.json`), JSON.stringify({ routes }) + '\n');
    }
    log(
      `${pad(name, 9)}${pad(result.cost.toFixed(2), 11)}${pad(known?.toFixed(2) ?? '-', 11)}` +
        `${pad(gap?.toFixed(2) ?? '-', 8)}${pad(timeSec.toFixed(1), 8)}${pad(cpuSec.toFixed(1), 8)}${result.feasible ? 'yes' : 'NO'}`,
    );
    for (const e of result.errors.slice(0, 5)) log(`  ${e}`);
  }
  const gaps = results.map((r) => r.gapPct).filter((g): g is number => g !== undefined);
  const meanGapPct = gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0;
  const worstGapPct = gaps.length ? Math.max(...gaps) : 0;
  const feasible = results.filter((r) => r.feasible).length;
  log(
    `mean gap ${meanGapPct.toFixed(3)}%  worst gap ${worstGapPct.toFixed(3)}%  feasible ${feasible}/${results.length}`,
  );
  const summaryLine =
    `bench:darp instances=${results.length} feasible=${feasible} ` +
    `mean_gap_pct=${meanGapPct.toFixed(3)} worst_gap_pct=${worstGapPct.toFixed(3)}`;
  return { results, feasible, meanGapPct, worstGapPct, summaryLine };
}

/** Routes as node ids of the file: pickup of request i is node i, its drop-off n+i. */
export function toNodeRoutes(solution: Solution, n: number): number[][] {
  return solution.routes
    .map((route) =>
      route.stops.map((s) => (s.kind === 'pickup' ? Number(s.requestId) : n + Number(s.requestId))),
    )
    .filter((r) => r.length > 0);
}

function findInstanceDir(dir: string): string {
  try {
    if (readdirSync(join(dir, 'instances')).some((f) => f.endsWith('.txt'))) return join(dir, 'instances');
  } catch {
    // no instances/ subfolder: the files are in dir itself
  }
  return dir;
}

function readBks(dir: string): Record<string, number> {
  try {
    const raw = JSON.parse(readFileSync(join(dir, 'bks.json'), 'utf8')) as Record<
      string,
      { cost: number; costExact?: number }
    >;
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(raw)) out[k] = v.costExact ?? v.cost;
    return out;
  } catch {
    return {};
  }
}

function byCordeauName(a: string, b: string): number {
  const pa = a.match(/^a(\d+)-(\d+)$/);
  const pb = b.match(/^a(\d+)-(\d+)$/);
  if (pa && pb) return Number(pa[1]) - Number(pb[1]) || Number(pa[2]) - Number(pb[2]);
  return a.localeCompare(b);
}

function pad(s: string, w: number): string {
  return s.padEnd(w);
}
