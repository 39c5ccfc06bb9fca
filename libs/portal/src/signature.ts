// Signed requests between the Social Services Portal and Invataxi, both ways: HMAC-SHA256 over
// the timestamp, method, path, event id and raw body, with a shared per-client key named by its
// id. Binding the path and event id means a captured request cannot be replayed at another
// endpoint or under a fresh event id; the timestamp bounds replays to the clock-skew window.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_REFUSALS } from '@invataxi/domain';

/** Header names of the contract (libs/portal/openapi.json); lower case as Node delivers them. */
export const PORTAL_HEADERS = {
  keyId: 'x-portal-key-id',
  timestamp: 'x-portal-timestamp',
  eventId: 'x-portal-event-id',
  signature: 'x-portal-signature',
} as const;

const EVENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface SignedParts {
  /** Unix seconds, as sent in X-Portal-Timestamp. */
  timestamp: string;
  method: string;
  /** Path with query, exactly as on the request line. */
  path: string;
  eventId: string;
  body: Buffer | string;
}

/** The string both sides sign: one field per line, the raw body last (it may hold newlines). */
export function signingBase(p: SignedParts): Buffer {
  const head = `${p.timestamp}\n${p.method.toUpperCase()}\n${p.path}\n${p.eventId}\n`;
  return Buffer.concat([
    Buffer.from(head, 'utf8'),
    typeof p.body === 'string' ? Buffer.from(p.body, 'utf8') : p.body,
  ]);
}

/** Hex HMAC-SHA256 of the signing base. */
export function sign(secret: string, p: SignedParts): string {
  return createHmac('sha256', secret).update(signingBase(p)).digest('hex');
}

/** The four headers of a signed request. */
export function signedHeaders(keyId: string, secret: string, p: SignedParts): Record<string, string> {
  return {
    [PORTAL_HEADERS.keyId]: keyId,
    [PORTAL_HEADERS.timestamp]: p.timestamp,
    [PORTAL_HEADERS.eventId]: p.eventId,
    [PORTAL_HEADERS.signature]: sign(secret, p),
  };
}

// The refusals are the domain's (each has its words in kk/ru/en, and the API answers under it).
export const SIGNATURE_FAILURES = SIGNATURE_REFUSALS;
export type SignatureFailure = (typeof SIGNATURE_FAILURES)[number];

export type Verification =
  { ok: true; clientId: string; eventId: string } | { ok: false; reason: SignatureFailure };

export interface VerifyInput {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  path: string;
  body: Buffer;
  /** Key id -> secret. */
  keys: ReadonlyMap<string, string>;
  maxSkewSeconds: number;
  nowMs?: number;
}

function header(h: VerifyInput['headers'], name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Checks a signed request; the reason of a refusal is safe to show (it names no secret). */
export function verifySignedRequest(input: VerifyInput): Verification {
  const keyId = header(input.headers, PORTAL_HEADERS.keyId);
  const timestamp = header(input.headers, PORTAL_HEADERS.timestamp);
  const eventId = header(input.headers, PORTAL_HEADERS.eventId);
  const signature = header(input.headers, PORTAL_HEADERS.signature);
  if (!keyId || !timestamp || !eventId || !signature) return { ok: false, reason: 'MISSING_HEADERS' };
  if (!EVENT_ID.test(eventId)) return { ok: false, reason: 'BAD_EVENT_ID' };
  const secret = input.keys.get(keyId);
  if (!secret) return { ok: false, reason: 'UNKNOWN_KEY' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'BAD_TIMESTAMP' };
  const skew = Math.abs((input.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (skew > input.maxSkewSeconds) return { ok: false, reason: 'STALE_TIMESTAMP' };
  const expected = Buffer.from(
    sign(secret, { timestamp, method: input.method, path: input.path, eventId, body: input.body }),
    'hex',
  );
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'BAD_SIGNATURE' };
  return { ok: true, clientId: keyId, eventId };
}

export class PortalKeyError extends Error {
  override readonly name = 'PortalKeyError';
}

/**
 * PORTAL_CLIENT_KEYS ("portal:<secret>", several while a key rotates) as a map. A short secret
 * is refused at start-up: an HMAC key a person could guess protects nothing.
 */
export function parseClientKeys(pairs: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const pair of pairs) {
    const i = pair.indexOf(':');
    const id = i > 0 ? pair.slice(0, i) : '';
    const secret = i > 0 ? pair.slice(i + 1) : '';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(id))
      throw new PortalKeyError('PORTAL_CLIENT_KEYS: each entry is keyId:secret');
    if (secret.length < 32)
      throw new PortalKeyError(`PORTAL_CLIENT_KEYS: the secret of ${id} must be 32+ characters`);
    if (keys.has(id)) throw new PortalKeyError(`PORTAL_CLIENT_KEYS: key id ${id} appears twice`);
    keys.set(id, secret);
  }
  return keys;
}
