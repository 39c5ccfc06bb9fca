/**
 * Creates the first national administrator, or the first LEB officer of a region (issue 19:
 * everyone else is invited by them). It writes a single-use invitation, sends its link by SMS
 * when the SMS gateway is configured, and prints the link for the operator to hand over:
 *
 *   npm run staff:first -- --role admin --phone "+7 701 123 45 67" --name "Айжан Нұрова"
 *   npm run staff:first -- --role leb-officer --region 710000000 --phone +77011234568 --name "..."
 *
 * Options: --email (a second login), --language kk|ru|en (default ru). Refused when the region
 * (or the country, for an administrator) already has one: they invite the next.
 */
import { loadConfigOrExit } from '@invataxi/config';
import { LANGUAGES, ROLES, type Language, type Role } from '@invataxi/domain';
import { toE164Kz } from '@invataxi/notifications';
import { invitationLink, newOpaqueToken, tokenHash } from '@invataxi/auth';
import { createDataSource, IdentityRepository, transact } from '@invataxi/persistence';
import { clockOf, createLogger } from '@invataxi/platform';
import { SignInSms } from '../apps/api/src/identity/sms-sender';
import { loadDemoSecrets } from './demo-secrets';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(msg: string): never {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  loadDemoSecrets();
  const config = loadConfigOrExit();
  const role = (arg('role') ?? '').toUpperCase().replace(/-/g, '_') as Role;
  if (role !== 'ADMIN' && role !== 'LEB_OFFICER') fail('--role must be admin or leb-officer');
  if (!ROLES.includes(role)) fail('unknown role');
  const phone = toE164Kz(arg('phone') ?? '');
  if (!phone) fail('--phone must be a Kazakh mobile number (+7 and 10 digits)');
  const name = (arg('name') ?? '').trim();
  if (!name) fail('--name is required');
  const region = arg('region') ?? null;
  if (role === 'LEB_OFFICER' && !(region && /^(?!00)\d{9}$/.test(region)))
    fail('--region (a 9-digit KATO code) is required');
  const language = (arg('language') ?? 'ru') as Language;
  if (!LANGUAGES.includes(language)) fail('--language must be kk, ru or en');
  const email = arg('email')?.trim().toLowerCase() ?? null;

  const ds = await createDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    applicationName: 'first-staff',
  }).initialize();
  const repo = new IdentityRepository();
  const token = newOpaqueToken();
  try {
    const expiresAt = new Date(Date.now() + config.AUTH_INVITATION_TTL_HOURS * 3600_000);
    await transact(ds, { userId: null, role: 'SYSTEM' }, async (uow) => {
      const m = uow.manager;
      const existing = (await m.query(
        `SELECT count(*)::int AS n FROM app_user WHERE role = $1 AND status = 'ACTIVE' AND ($2::text IS NULL OR region_kato = $2)`,
        [role, region],
      )) as { n: number }[];
      if (existing[0]!.n > 0)
        fail(
          role === 'ADMIN'
            ? 'an administrator exists already: they invite the next'
            : `region ${region} has an LEB officer already: they invite the next`,
        );
      if (
        region &&
        ((await m.query(`SELECT 1 FROM region WHERE kato_code = $1`, [region])) as unknown[]).length === 0
      )
        fail(`no region ${region} in the classifier`);
      if (await repo.staffPhoneTaken(m, phone)) fail('this phone is already the login of an account');
      // An unused invitation made by this command before (its link lost) stops working.
      const replaced = (await m.query(
        `UPDATE invitation SET expires_at = now()
          WHERE invited_by IS NULL AND role = $1 AND accepted_at IS NULL AND expires_at > now()
            AND ($2::text IS NULL OR region_kato = $2) RETURNING id`,
        [role, region],
      )) as [unknown[], number];
      if (replaced[0].length > 0)
        process.stdout.write('The unused invitation made before no longer works.\n');
      const inv = await repo.insertInvitation(m, {
        tokenHash: tokenHash(token),
        role,
        displayName: name,
        phone,
        email,
        language,
        regionKato: region,
        invitedBy: null,
        expiresAt,
      });
      uow.audit({
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: inv.id,
        after: { role, regionKato: region, by: 'first-staff command' },
      });
    });
    const link = invitationLink(config.PUBLIC_BASE_URL, token);
    const sms = new SignInSms(config, createLogger('warn', 'first-staff'), clockOf(config));
    let sent = false;
    if (sms.available) {
      try {
        await sms.sendInvitation(phone, role === 'ADMIN' ? 'administrator' : 'LEB officer', link, language);
        sent = true;
      } catch {
        process.stderr.write('The SMS could not be sent; hand the link over yourself.\n');
      }
    }
    process.stdout.write(
      [
        `Invitation for ${name} as ${role === 'ADMIN' ? 'national administrator' : `LEB officer of ${region}`} (single use, until ${expiresAt.toISOString()}):`,
        `  ${link}`,
        sent
          ? `  Sent by SMS to ${phone}.`
          : '  Give this link to the person (it is their key: do not post it anywhere).',
        'They choose a password there, then sign in with their phone and set up the authenticator app.',
        '',
      ].join('\n'),
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`staff:first failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
