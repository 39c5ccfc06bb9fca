import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfSignedActSigningPair } from '@invataxi/portal';

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
  // The akimat's act-signing key and its self-signed certificate (base64 PEM: one line each),
  // also added to a file written by an older demo, so acts keep one certificate across restarts.
  if (!/^BILLING_ACT_SIGNING_KEY=/m.test(readFileSync(FILE, 'utf8'))) {
    const pair = selfSignedActSigningPair('Invataxi demo akimat (billing acts)');
    const b64 = (pem: string) => Buffer.from(pem).toString('base64');
    appendFileSync(
      FILE,
      `BILLING_ACT_SIGNING_KEY=${b64(pair.key)}\nBILLING_ACT_SIGNING_CERT=${b64(pair.cert)}\n`,
    );
  }
  // Our client secret at the eGov identity provider's stand-in (issue 19), also added to an older file.
  if (!/^EGOV_CLIENT_SECRET=/m.test(readFileSync(FILE, 'utf8')))
    appendFileSync(FILE, `EGOV_CLIENT_SECRET=${randomBytes(24).toString('hex')}\n`);
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2];
  }
  // Files written by an older demo lack the newer secrets: add them rather than fail.
  if (process.env.SMS_CALLBACK_SECRET === undefined)
    process.env.SMS_CALLBACK_SECRET = randomBytes(24).toString('hex');
  // The Portal simulator signs with the same key the platform verifies.
  process.env.PORTAL_CLIENT_KEYS ??= `portal:${process.env.PORTAL_CLIENT_SECRET}`;
  // The Portal stand-in is handed the act certificate, as the akimat hands it to the real Portal.
  process.env.SIM_PORTAL_ACT_CERT ??= process.env.BILLING_ACT_SIGNING_CERT;
}
