/**
 * Prints the current code of a TOTP secret, for trying the demo without an authenticator app:
 * `npm run totp -- <the secret npm run demo printed>`. (A real person uses their phone's app.)
 */
import { generate } from 'otplib';

const secret = process.argv[2];
if (!secret || !/^[A-Z2-7]+=*$/.test(secret)) {
  process.stderr.write('usage: npm run totp -- <base32 secret>\n');
  process.exit(2);
}
generate({ secret }).then(
  (code) => {
    const left = 30 - (Math.floor(Date.now() / 1000) % 30);
    process.stdout.write(`${code}  (good for ${left} more seconds)\n`);
  },
  (e: unknown) => {
    process.stderr.write(`not a usable TOTP secret: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
