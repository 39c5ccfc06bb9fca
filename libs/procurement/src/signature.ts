// Signed requests between the platform and the public procurement system (DESIGN.md, "Outside
// systems": HMAC-signed, idempotent). The signature covers the method, the path, the timestamp
// and a hash of the body, so neither the body nor the target can be changed or replayed later
// than the tolerance. The same scheme signs the system's callbacks to us.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-procurement-signature';
export const TIMESTAMP_HEADER = 'x-procurement-timestamp';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A signed request older or newer than this is refused (replay protection). */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

export function signingString(method: string, path: string, timestamp: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return `${method.toUpperCase()}\n${path}\n${timestamp}\n${bodyHash}`;
}

export function sign(secret: string, method: string, path: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret)
    .update(signingString(method, path, timestamp, body))
    .digest('hex');
}

/** The headers of a signed request at `now`. */
export function signedHeaders(
  secret: string,
  method: string,
  path: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = String(now.getTime());
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: sign(secret, method, path, timestamp, body) };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'MISSING' | 'STALE' | 'BAD_SIGNATURE' };

export function verifySignature(
  secret: string,
  req: { method: string; path: string; body: string; timestamp?: string; signature?: string },
  now: Date = new Date(),
): SignatureCheck {
  if (!req.timestamp || !req.signature) return { ok: false, reason: 'MISSING' };
  const at = Number(req.timestamp);
  if (!Number.isFinite(at) || Math.abs(now.getTime() - at) > SIGNATURE_TOLERANCE_MS)
    return { ok: false, reason: 'STALE' };
  const expected = Buffer.from(sign(secret, req.method, req.path, req.timestamp, req.body), 'hex');
  const given = Buffer.from(req.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'BAD_SIGNATURE' };
  return { ok: true };
}
