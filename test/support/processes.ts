import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** Whether a process with this pid exists (signal 0 tests without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A process's children (an API's workers), from /proc (Linux); none when it cannot be read. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

const ROOT = join(__dirname, '..', '..');

/** A process of ours started by a test (node + the test env), with what it printed. */
export interface Child {
  proc: ChildProcess;
  out: () => string;
  exited: Promise<void>;
}

/** A dispatcher as a real process on the test env, consuming `queues` (DISPATCHER_QUEUES). */
export function startDispatcher(
  env: Record<string, string>,
  queues: string,
  extra: Record<string, string> = {},
): Child {
  let out = '';
  const proc = spawn(process.execPath, ['-r', './scripts/register.js', 'apps/dispatcher/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...env,
      LOG_LEVEL: 'info',
      DISPATCHER_QUEUES: queues,
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  return { proc, out: () => out, exited };
}

/** Stops a child (SIGTERM: lets it finish its jobs; SIGKILL: a crash) and waits for its exit. */
export async function stopProcess(c: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill(signal);
  await c.exited;
}
