import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { IinCipher, decodeKey } from '@invataxi/persistence';
import type { FastifyInstance } from 'fastify';
import { ROLES, type Role } from '@invataxi/domain';
import type { Principal } from '@invataxi/auth';
import { seedStaff, signInByPassword, signInByPhone } from '../support/sign-in';

/**
 * Two of everything (region, provider, beneficiary), so every scope has an "own" and an
 * "other" side. Rows are inserted directly: these suites test the API's answers, not the setup.
 */
export interface ScopeFixtures {
  regions: [string, string];
  providers: [string, string];
  beneficiaries: [string, string];
  principals(role: Role, side: 0 | 1): Principal;
}

export async function createScopeFixtures(ds: DataSource, config: AppConfig): Promise<ScopeFixtures> {
  const cipher = new IinCipher({
    currentKeyId: config.DATA_ENCRYPTION_KEY_ID,
    encryptionKeys: new Map([
      [config.DATA_ENCRYPTION_KEY_ID, decodeKey(config.DATA_ENCRYPTION_KEY, 'DATA_ENCRYPTION_KEY')],
    ]),
    hashKey: Buffer.from(config.DATA_HASH_KEY, 'utf8'),
  });
  const iins = ['900101300811', '061211600012'];
  const regions: [string, string] = ['710000000', '750000000'];
  const providers = [] as unknown as [string, string];
  const beneficiaries = [] as unknown as [string, string];
  const bins = ['050140000013', '050140000024'];
  for (let i = 0; i < 2; i++) {
    const [p] = await ds.query(
      `INSERT INTO provider (bin, legal_name, origin, region_kato, version) VALUES ($1, $2, 'LOCAL_REGISTRY', $3, 1) RETURNING id`,
      [bins[i], `Fixture ${i}`, regions[i]],
    );
    providers.push(p.id);
    const sealed = cipher.seal(iins[i]);
    const [b] = await ds.query(
      `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
         residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
       VALUES ($3, $4, $1, '9001******11', 'Fixture', '1990-01-01', 'M', $2, 'a', 51.1, 71.4, 'ADULT_GROUP_1',
         '{"wheelchair":"NONE","stepFree":false,"needsLift":false,"visual":false,"hearing":false,"intellectual":false,"guideDog":false}', 1)
       RETURNING id`,
      [sealed.hash, regions[i], sealed.ciphertext, sealed.keyId],
    );
    beneficiaries.push(b.id);
  }
  const users = new Map<string, string>();
  return {
    regions,
    providers,
    beneficiaries,
    principals(role, side) {
      const key = `${role}.${side}`;
      if (!users.has(key)) users.set(key, randomUUID());
      return {
        userId: users.get(key)!,
        role,
        regionKato: regions[side],
        providerId:
          role === 'PROVIDER_ADMIN' || role === 'DISPATCHER' || role === 'DRIVER' ? providers[side] : null,
        beneficiaryId: role === 'BENEFICIARY' ? beneficiaries[side] : null,
        driverId: role === 'DRIVER' ? randomUUID() : null,
        clientId: role === 'PORTAL' ? 'portal' : null,
      };
    },
  };
}

/**
 * Access tokens of the side-0 principals, got the way people get them (issue 19): riders and
 * guardians by phone code (the SMS stand-in's inbox), staff by password and, where their role
 * needs it, TOTP. Same scopes as `principals(role, 0)`. The Portal is a machine client with
 * signed requests and no sign-in: its bearer principal stays a `npm run token` one.
 */
export async function signInPrincipals(
  f: FastifyInstance,
  ds: DataSource,
  config: AppConfig,
  fx: ScopeFixtures,
  simUrl: string,
): Promise<Map<Role, string>> {
  const tokens = new Map<Role, string>();
  const [driver] = (await ds.query(
    `INSERT INTO driver (provider_id, full_name, licence_number, phone) VALUES ($1, 'Fixture driver', 'AUTHZ-0001', '+77770000001') RETURNING id`,
    [fx.providers[0]],
  )) as { id: string }[];
  for (const role of ROLES) {
    if (role === 'PORTAL') continue;
    const p = fx.principals(role, 0);
    if (role === 'BENEFICIARY' || role === 'GUARDIAN') {
      const phone = role === 'BENEFICIARY' ? '+77770000101' : '+77770000102';
      if (role === 'BENEFICIARY')
        await ds.query(`UPDATE beneficiary SET phone = $1 WHERE id = $2`, [phone, fx.beneficiaries[0]]);
      else
        await ds.query(
          `INSERT INTO app_user (role, display_name, phone, language, region_kato) VALUES ('GUARDIAN', 'Fixture guardian', $1, 'ru', $2)`,
          [phone, p.regionKato],
        );
      tokens.set(role, (await signInByPhone(f, simUrl, phone)).accessToken);
      continue;
    }
    const staff = await seedStaff(ds, config, { ...p, driverId: role === 'DRIVER' ? driver!.id : null });
    tokens.set(
      role,
      (await signInByPassword(f, staff.phone, staff.password, staff.totpSecret ?? undefined)).accessToken,
    );
  }
  return tokens;
}
