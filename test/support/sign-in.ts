/**
 * Signing principals in through the API (issue 19): the e2e suites and the access matrix get
 * their tokens the way people do, by phone code (the SMS stand-in's inbox) or by password + TOTP.
 * Staff accounts are seeded straight into the database (an invitation per principal would only
 * slow the matrix down; the invitation flow has its own spec).
 */
import type { AddressInfo } from 'node:net';
import argon2 from 'argon2';
import type { FastifyInstance } from 'fastify';
import { generate, generateSecret } from 'otplib';
import type { DataSource } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import type { AppConfig } from '@invataxi/config';
import { SecretBox } from '@invataxi/persistence';
import { createSimulators } from '../../apps/simulators/src/create-simulators';

export const SMS_API_KEY = 'sim-api-key-0123456789';
export const SMS_SECRET = 'callback-secret-0123456789abcdef';

/** The SMS stand-in on a free port, and the variables that point the API at it. */
export async function startSmsStandIn(): Promise<{
  url: string;
  env: Record<string, string>;
  close(): Promise<void>;
}> {
  const sim = await createSimulators({ SIM_SMS_API_KEY: SMS_API_KEY, SIM_SMS_CALLBACK_SECRET: SMS_SECRET });
  await sim.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      SMS_GATEWAY_URL: `${url}/sms`,
      SMS_API_KEY,
      SMS_CALLBACK_SECRET: SMS_SECRET,
      SMS_TIMEOUT_MS: '3000',
    },
    close: () => sim.close(),
  };
}

/** The texts the stand-in got for a phone, oldest first. */
export async function smsTo(simUrl: string, phone: string): Promise<string[]> {
  const res = await fetch(`${simUrl}/sms/_control/messages?recipient=${encodeURIComponent(phone)}`);
  return ((await res.json()) as { text: string }[]).map((m) => m.text);
}

export async function lastCodeTo(simUrl: string, phone: string): Promise<string> {
  const texts = await smsTo(simUrl, phone);
  const m = /(\d{6})/.exec(texts[texts.length - 1] ?? '');
  if (!m) throw new Error(`no code sent to ${phone}`);
  return m[1]!;
}

/** The refresh token of a Set-Cookie header. */
export function refreshCookieOf(headers: Record<string, unknown>): string | null {
  const raw = headers['set-cookie'];
  const all = Array.isArray(raw) ? raw.map(String) : raw ? [String(raw)] : [];
  for (const c of all) {
    const m = /^invataxi_refresh=([^;]*)/.exec(c);
    if (m) return m[1] || null;
  }
  return null;
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  userId: string;
}

async function post(f: FastifyInstance, url: string, body: unknown, headers: Record<string, string> = {}) {
  return f.inject({
    method: 'POST',
    url,
    payload: body as object,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function signedIn(res: { statusCode: number; body: string; headers: Record<string, unknown> }): SignedIn {
  if (res.statusCode !== 200) throw new Error(`sign-in answered ${res.statusCode}: ${res.body}`);
  const b = JSON.parse(res.body) as { accessToken: string; sessionId: string; user: { id: string } };
  return {
    accessToken: b.accessToken,
    sessionId: b.sessionId,
    userId: b.user.id,
    refreshToken: refreshCookieOf(res.headers)!,
  };
}

/** A rider signs in by phone: code by SMS (read from the stand-in), then the code. */
export async function signInByPhone(f: FastifyInstance, simUrl: string, phone: string): Promise<SignedIn> {
  const sent = await post(f, '/auth/phone/code', { phone });
  if (sent.statusCode !== 202) throw new Error(`phone/code answered ${sent.statusCode}: ${sent.body}`);
  return signedIn(await post(f, '/auth/phone/verify', { phone, code: await lastCodeTo(simUrl, phone) }));
}

/** A TOTP code of the authenticator app; `stepsAhead` 1 gives the next step's (a second sign-in within 30 s). */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

/** Staff sign-in: password, then the TOTP code when the account has one. */
export async function signInByPassword(
  f: FastifyInstance,
  login: string,
  password: string,
  totpSecret?: string,
  stepsAhead = 0,
): Promise<SignedIn> {
  const res = await post(f, '/auth/password', { login, password });
  if (res.statusCode !== 200) throw new Error(`password answered ${res.statusCode}: ${res.body}`);
  const b = JSON.parse(res.body) as { mfa?: string; mfaToken?: string };
  if (!b.mfa) return signedIn(res);
  if (!totpSecret) throw new Error(`sign-in wants ${b.mfa}`);
  return signedIn(
    await post(f, '/auth/totp/verify', {
      mfaToken: b.mfaToken,
      code: await totpCode(totpSecret, stepsAhead),
    }),
  );
}

export interface SeededStaff {
  userId: string;
  phone: string;
  password: string;
  totpSecret: string | null;
}

let seq = 0;

/**
 * A staff account with a password (and a confirmed TOTP secret for the roles that must have
 * one), straight into the database.
 */
export async function seedStaff(
  ds: DataSource,
  config: AppConfig,
  p: Omit<Principal, 'userId'> & { phone?: string; withTotp?: boolean },
): Promise<SeededStaff> {
  seq++;
  const phone =
    p.phone ?? `+7700${String(process.pid % 1000).padStart(3, '0')}${String(seq).padStart(4, '0')}`;
  const password = `pass-${seq}-correct-horse`;
  const hash = await argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const needsTotp = p.withTotp ?? ['ADMIN', 'LEB_OFFICER', 'MINISTRY_ANALYST'].includes(p.role);
  const totpSecret = needsTotp ? generateSecret() : null;
  const box = SecretBox.fromConfig(config);
  const [u] = (await ds.query(
    `INSERT INTO app_user (role, display_name, phone, language, region_kato, provider_id, beneficiary_id, driver_id,
       password_hash, totp_secret, totp_key_id, totp_enabled)
     VALUES ($1, $2, $3, 'ru', $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      p.role,
      `${p.role} ${seq}`,
      phone,
      p.regionKato ?? null,
      p.providerId ?? null,
      p.beneficiaryId ?? null,
      p.driverId ?? null,
      hash,
      totpSecret ? box.seal('totp-secret', totpSecret) : null,
      totpSecret ? box.keyId : null,
      !!totpSecret,
    ],
  )) as { id: string }[];
  return { userId: u!.id, phone, password, totpSecret };
}
