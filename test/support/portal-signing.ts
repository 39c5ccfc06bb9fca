import { randomBytes, randomUUID } from 'node:crypto';
import { signedHeaders } from '@invataxi/portal';

/** A Portal key for a test file: give `config` to createTestEnv, sign requests with `headers`. */
export function testPortalKey(keyId = 'portal'): {
  config: { PORTAL_CLIENT_KEYS: string };
  headers(method: string, url: string, body: string): Record<string, string>;
} {
  const secret = randomBytes(32).toString('hex');
  return {
    config: { PORTAL_CLIENT_KEYS: `${keyId}:${secret}` },
    headers: (method, url, body) =>
      signedHeaders(keyId, secret, {
        timestamp: String(Math.floor(Date.now() / 1000)),
        method,
        path: url,
        eventId: randomUUID(),
        body,
      }),
  };
}
