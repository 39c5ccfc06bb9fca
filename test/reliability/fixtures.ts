import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { IinCipher, decodeKey } from '@invataxi/persistence';
import type { Role } from '@invataxi/domain';
import type { Principal } from '@invataxi/auth';

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
