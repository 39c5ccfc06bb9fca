/**
 * Prints a signed bearer token: `npm run token -- --role dispatcher --provider <id>`.
 * Options: --role, --user, --region, --provider, --beneficiary, --driver, --client, --ttl.
 */
import { randomUUID } from 'node:crypto';
import { loadConfigOrExit } from '@invataxi/config';
import { signToken } from '@invataxi/auth';
import { ROLES, type Role } from '@invataxi/domain';
import { loadDemoSecrets } from './demo-secrets';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

loadDemoSecrets();
const config = loadConfigOrExit();
const role = (arg('role') ?? '').toUpperCase().replace(/-/g, '_') as Role;
if (!ROLES.includes(role)) {
  process.stderr.write(`--role must be one of ${ROLES.join(', ').toLowerCase()}\n`);
  process.exit(2);
}
const token = signToken(
  { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER },
  {
    userId: arg('user') ?? randomUUID(),
    role,
    regionKato: arg('region') ?? null,
    providerId: arg('provider') ?? null,
    beneficiaryId: arg('beneficiary') ?? null,
    driverId: arg('driver') ?? null,
    clientId: arg('client') ?? null,
  },
  Number(arg('ttl') ?? config.JWT_TTL_SECONDS),
);
process.stdout.write(`${token}\n`);
