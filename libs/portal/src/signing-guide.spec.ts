import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sign } from './signature';

// The guide's test vectors are what integrators sign against: they must be what we verify.
describe('SIGNING.md test vectors', () => {
  const guide = readFileSync(join(__dirname, '..', 'SIGNING.md'), 'utf8');
  const secret = /Secret for all three: `([^`]+)`/.exec(guide)?.[1] ?? '';
  const rows = guide
    .split('\n')
    .filter((l) => /^\| \d+ \| \d+ \|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));

  it('has its three vectors and the secret', () => {
    expect(secret).toHaveLength(38);
    expect(rows).toHaveLength(3);
  });

  it.each([0, 1, 2])('vector %i signs to the signature the guide gives', (i) => {
    const [, , timestamp, method, path, eventId, body, signature] = rows[i]!;
    const raw = JSON.parse(body!.replace(/^`|`$/g, '')) as string;
    expect(
      sign(secret, { timestamp: timestamp!, method: method!, path: path!, eventId: eventId!, body: raw }),
    ).toBe(signature);
  });

  it('vector 1 is the printf line OpenSSL is shown signing', () => {
    const printf = /printf '([^']+)'/.exec(guide)?.[1]?.replace(/\\n/g, '\n');
    const [, , timestamp, method, path, eventId, body] = rows[0]!;
    expect(printf).toBe(
      `${timestamp}\n${method}\n${path}\n${eventId}\n${JSON.parse(body!.replace(/^`|`$/g, ''))}`,
    );
  });
});
