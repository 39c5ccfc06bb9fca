// STAND-IN: the simulated Portal's own signing code, written apart from libs/portal on purpose:
// if Invataxi's implementation drifted from the contract (openapi.json), a shared helper would
// drift with it and the tests would not notice.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function simSign(
  secret: string,
  timestamp: string,
  method: string,
  path: string,
  eventId: string,
  body: Buffer,
): string {
  const head = Buffer.from(`${timestamp}\n${method.toUpperCase()}\n${path}\n${eventId}\n`, 'utf8');
  return createHmac('sha256', secret)
    .update(Buffer.concat([head, body]))
    .digest('hex');
}

export function simHeaders(
  keyId: string,
  secret: string,
  method: string,
  path: string,
  eventId: string,
  body: string,
  timestamp?: number,
): Record<string, string> {
  const ts = String(timestamp ?? Math.floor(Date.now() / 1000));
  return {
    'x-portal-key-id': keyId,
    'x-portal-timestamp': ts,
    'x-portal-event-id': eventId,
    'x-portal-signature': simSign(secret, ts, method, path, eventId, Buffer.from(body, 'utf8')),
  };
}

/** True when the request carries a valid signature of ours within five minutes. */
export function simVerify(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  method: string,
  path: string,
  body: Buffer,
): boolean {
  const h = (n: string) => {
    const v = headers[n];
    return Array.isArray(v) ? v[0] : v;
  };
  const ts = h('x-portal-timestamp');
  const eventId = h('x-portal-event-id');
  const sig = h('x-portal-signature');
  if (!ts || !eventId || !sig || !/^\d+$/.test(ts)) return false;
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const expected = Buffer.from(simSign(secret, ts, method, path, eventId, body), 'hex');
  const given = Buffer.from(sig, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
