import { createHmac } from 'node:crypto';
import { parseClientKeys, PortalKeyError, signedHeaders, verifySignedRequest } from './signature';

const SECRET = 'a'.repeat(40);
const keys = new Map([['portal', SECRET]]);
const body = Buffer.from('{"orderId":"PO-1"}');
const NOW = 1_800_000_000_000;

function headers(over: { ts?: number; eventId?: string; path?: string; secret?: string } = {}) {
  return signedHeaders('portal', over.secret ?? SECRET, {
    timestamp: String(over.ts ?? NOW / 1000),
    method: 'POST',
    path: over.path ?? '/portal/v1/orders',
    eventId: over.eventId ?? 'evt-1',
    body,
  });
}

const verify = (h: Record<string, string>, over: { path?: string; body?: Buffer } = {}) =>
  verifySignedRequest({
    headers: h,
    method: 'POST',
    path: over.path ?? '/portal/v1/orders',
    body: over.body ?? body,
    keys,
    maxSkewSeconds: 300,
    nowMs: NOW,
  });

describe('portal request signatures', () => {
  it('signs timestamp, method, path, event id and raw body, as the contract spells it', () => {
    const h = headers();
    const base = `${NOW / 1000}\nPOST\n/portal/v1/orders\nevt-1\n{"orderId":"PO-1"}`;
    expect(h['x-portal-signature']).toBe(createHmac('sha256', SECRET).update(base).digest('hex'));
    expect(verify(h)).toEqual({ ok: true, clientId: 'portal', eventId: 'evt-1' });
  });

  it('refuses a changed body, path or event id, and a wrong key', () => {
    expect(verify(headers(), { body: Buffer.from('{"orderId":"PO-2"}') })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verify(headers(), { path: '/portal/v1/orders/PO-1/cancel' })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verify({ ...headers(), 'x-portal-event-id': 'evt-2' })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verify(headers({ secret: 'b'.repeat(40) }))).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verify({ ...headers(), 'x-portal-key-id': 'other' })).toEqual({
      ok: false,
      reason: 'UNKNOWN_KEY',
    });
    expect(verify({ ...headers(), 'x-portal-signature': 'zz' })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('allows five minutes of clock skew either way, not more', () => {
    expect(verify(headers({ ts: NOW / 1000 - 300 })).ok).toBe(true);
    expect(verify(headers({ ts: NOW / 1000 + 300 })).ok).toBe(true);
    expect(verify(headers({ ts: NOW / 1000 - 301 }))).toEqual({ ok: false, reason: 'STALE_TIMESTAMP' });
    expect(verify(headers({ ts: NOW / 1000 + 301 }))).toEqual({ ok: false, reason: 'STALE_TIMESTAMP' });
  });

  it('refuses missing headers and malformed event ids', () => {
    const { ['x-portal-signature']: _, ...unsigned } = headers();
    expect(verify(unsigned)).toEqual({ ok: false, reason: 'MISSING_HEADERS' });
    expect(verify(headers({ eventId: 'has space' }))).toEqual({ ok: false, reason: 'BAD_EVENT_ID' });
  });

  it('parses PORTAL_CLIENT_KEYS and refuses short or duplicate secrets', () => {
    expect(parseClientKeys([`portal:${SECRET}`, `portal-2:${SECRET}b`]).get('portal-2')).toBe(`${SECRET}b`);
    expect(parseClientKeys([]).size).toBe(0);
    expect(() => parseClientKeys(['portal:short'])).toThrow(PortalKeyError);
    expect(() => parseClientKeys([`portal:${SECRET}`, `portal:${SECRET}`])).toThrow(PortalKeyError);
    expect(() => parseClientKeys([SECRET])).toThrow(PortalKeyError);
  });
});
