import { sign, signedHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from './signature';

const secret = 'a'.repeat(48);
const now = new Date('2026-06-01T05:00:00Z');

describe('procurement request signatures', () => {
  it('matches an independently computed HMAC-SHA256 (fixed vector)', () => {
    // printf 'POST\n/lots\n1780290000000\n%s' "$(printf '{}' | sha256sum | cut -d' ' -f1)" | openssl dgst -sha256 -hmac aaa...
    expect(sign(secret, 'post', '/lots', '1780290000000', '{}')).toBe(
      require('node:crypto')
        .createHmac('sha256', secret)
        .update(
          'POST\n/lots\n1780290000000\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        )
        .digest('hex'),
    );
  });

  it('accepts its own signature and refuses a changed body, path, a stale time or another key', () => {
    const h = signedHeaders(secret, 'POST', '/lots', '{"a":1}', now);
    const req = {
      method: 'POST',
      path: '/lots',
      body: '{"a":1}',
      timestamp: h[TIMESTAMP_HEADER],
      signature: h[SIGNATURE_HEADER],
    };
    expect(verifySignature(secret, req, now)).toEqual({ ok: true });
    expect(verifySignature(secret, { ...req, body: '{"a":2}' }, now)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verifySignature(secret, { ...req, path: '/lots/x' }, now)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verifySignature('b'.repeat(48), req, now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifySignature(secret, req, new Date(now.getTime() + 6 * 60_000))).toEqual({
      ok: false,
      reason: 'STALE',
    });
    expect(verifySignature(secret, { ...req, signature: undefined }, now)).toEqual({
      ok: false,
      reason: 'MISSING',
    });
    expect(verifySignature(secret, { ...req, signature: 'zz' }, now)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });
});
