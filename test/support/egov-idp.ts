import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ENTRY = join(__dirname, '..', '..', 'apps', 'simulators', 'src', 'egov', 'egov-idp.mjs');

export interface EgovIdp {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts the eGov identity provider's stand-in (its own process: oidc-provider is ESM-only) on a
 * free port and waits for its ready line; stop() ends that process.
 */
export async function startEgovIdp(o: {
  clientId?: string;
  clientSecret: string;
  redirectUris: string[];
  people?: { iin: string; name: string }[];
}): Promise<EgovIdp> {
  const child: ChildProcess = spawn(process.execPath, [ENTRY], {
    env: {
      PATH: process.env.PATH,
      SIM_EGOV_PORT: '0',
      SIM_EGOV_CLIENT_ID: o.clientId ?? 'invataxi',
      SIM_EGOV_CLIENT_SECRET: o.clientSecret,
      SIM_EGOV_REDIRECT_URIS: o.redirectUris.join(','),
      SIM_EGOV_PEOPLE: JSON.stringify(o.people ?? []),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`egov stand-in did not start: ${stderr}`)), 15000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /egov-idp ready (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`egov stand-in exited (${code}): ${stderr}`));
    });
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
