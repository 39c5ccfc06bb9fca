// npm run bench:darp [-- --time-limit 10 --seed 1 --instances a2-16,a2-20 --dir PATH --out DIR
//                       --clock wall|cpu]
// Solves the Cordeau dial-a-ride instances, checks each solution independently, prints the
// gap to the best known costs; the last line is machine-readable. Exits 1 if any solution is
// infeasible.
import { join, resolve } from 'node:path';
import { runBench } from './run-bench';

function main(argv: readonly string[]): number {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) args.set(a.slice(2, eq), a.slice(eq + 1));
    else args.set(a.slice(2), argv[++i] ?? '');
  }
  const repoRoot = resolve(__dirname, '..', '..', '..');
  const dir = resolve(args.get('dir') ?? join(repoRoot, '..', 'shared', 'bench', 'darp'));
  const summary = runBench({
    dir,
    instances: args
      .get('instances')
      ?.split(',')
      .filter((s) => s.length > 0),
    timeLimitSec: Number(args.get('time-limit') ?? 10),
    seed: Number(args.get('seed') ?? 1),
    outDir: args.get('out'),
    clock: args.get('clock') === 'cpu' ? 'cpu' : 'wall',
    log: (line) => console.log(line),
  });
  const clock = args.get('clock') === 'cpu' ? 'cpu' : 'wall';
  console.log(
    `(time limit ${args.get('time-limit') ?? 10} s per instance, ${clock} clock, seed ${args.get('seed') ?? 1})`,
  );
  console.log(summary.summaryLine);
  return summary.feasible === summary.results.length ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
