import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the web app is built from: its own sources and the domain rules it imports (vite.config.ts alias). */
const SOURCES = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/public',
  'libs/domain/src',
];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

/**
 * The api serves the web app from apps/web/dist. Built when missing, and again when a source is
 * newer than the build: after a `git pull` the demo would otherwise serve yesterday's pages
 * against today's api (a tester walked an old phone desk that way).
 */
export function ensureWebBuild(root: string, say: (line: string) => void): void {
  const index = join(root, 'apps/web/dist/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((p) => newestMtimeMs(join(root, p))));
  if (builtAt > 0 && builtAt >= changedAt) return;
  say(
    builtAt === 0
      ? 'Building the web app (first run) ...'
      : 'The web app changed since its last build: building it ...',
  );
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
}
