import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_DIR = join(__dirname, '..', '.demo');
const FILE = join(DEMO_DIR, 'secrets.env');

/**
 * The demo's keys are generated at first start into .demo/secrets.env (git-ignored), never
 * committed; values already in the environment win.
 */
export function loadDemoSecrets(): void {
  if (!existsSync(FILE)) {
    mkdirSync(DEMO_DIR, { recursive: true });
    const lines = [
      `JWT_SECRET=${randomBytes(32).toString('base64')}`,
      `DATA_ENCRYPTION_KEY=${randomBytes(32).toString('base64')}`,
      `DATA_HASH_KEY=${randomBytes(32).toString('base64')}`,
      `PORTAL_CLIENT_SECRET=${randomBytes(24).toString('hex')}`,
      `PROCUREMENT_SECRET=${randomBytes(24).toString('hex')}`,
      `SMS_API_KEY=${randomBytes(16).toString('hex')}`,
      `SMS_CALLBACK_SECRET=${randomBytes(24).toString('hex')}`,
    ];
    writeFileSync(FILE, lines.join('\n') + '\n', { mode: 0o600 });
  }
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2];
  }
  // Files written by an older demo lack the newer secrets: add them rather than fail.
  if (process.env.SMS_CALLBACK_SECRET === undefined)
    process.env.SMS_CALLBACK_SECRET = randomBytes(24).toString('hex');
  // The Portal simulator signs with the same key the platform verifies.
  process.env.PORTAL_CLIENT_KEYS ??= `portal:${process.env.PORTAL_CLIENT_SECRET}`;
}
