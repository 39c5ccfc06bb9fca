/**
 * Prints the current code of a TOTP secret, for trying the demo without an authenticator app:
 * `npm run totp -- JBSWY3DPEHPK3PXP`. (A real person uses their phone's app.)
 */
import { generate } from 'otplib';

const secret = process.argv[2];
if (!secret || !/^[A-Z2-7]+=*$/.test(secret)) {
  process.stderr.write('usage: npm run totp -- <base32 secret>\n');
  process.exit(2);
}
void generate({ secret }).then((code) => {
  const left = 30 - (Math.floor(Date.now() / 1000) % 30);
  process.stdout.write(`${code}  (good for ${left} more seconds)\n`);
});
