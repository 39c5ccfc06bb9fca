import type { EntityManager } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import type { CoverageRepository, GuardianshipsRepository } from '@invataxi/persistence';
import { BeneficiaryAccess } from './beneficiary-access';

// West Kazakhstan: the region, a district in it, a settlement of that district, another district.
const REGION = '270000000';
const DISTRICT = '271000000';
const SETTLEMENT = '271035100';
const OTHER_DISTRICT = '272000000';

/** The access rules with the repositories answered in memory: no database. */
function access(area: Record<string, string[]>, guardians: [string, string][] = []): BeneficiaryAccess {
  const coverage = { serviceAreaOf: async (_m: EntityManager, providerId: string) => area[providerId] ?? [] };
  const guardianships = {
    isGuardianOf: async (_m: EntityManager, userId: string, beneficiaryId: string) =>
      guardians.some(([u, b]) => u === userId && b === beneficiaryId),
  };
  return new BeneficiaryAccess(
    coverage as unknown as CoverageRepository,
    guardianships as unknown as GuardianshipsRepository,
  );
}

const person = { id: 'ben-1', residenceKato: SETTLEMENT };
/** Never queried: the repositories are answered in memory. */
const m = {} as EntityManager;
const as = (p: Partial<Principal> & Pick<Principal, 'role'>): Principal => ({ userId: 'user-1', ...p });

describe('BeneficiaryAccess: who may act for a person', () => {
  it('lets a provider dispatcher act where the provider serves, by its area or an ancestor of the place', async () => {
    const a = access({ district: [DISTRICT], elsewhere: [OTHER_DISTRICT] });
    await expect(a.providerCovers(m, 'district', SETTLEMENT)).resolves.toBe(true);
    await expect(a.providerCovers(m, 'elsewhere', SETTLEMENT)).resolves.toBe(false);
    await expect(a.providerCovers(m, 'district', 'not-a-kato')).resolves.toBe(false);
    await expect(
      a.assertMayActFor(m, as({ role: 'DISPATCHER', providerId: 'elsewhere' }), person),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      a.assertMayActFor(m, as({ role: 'DISPATCHER', providerId: 'district' }), person),
    ).resolves.toBeUndefined();
  });

  it('lets a guardian act for a ward only', async () => {
    const a = access({}, [['user-1', 'ben-1']]);
    await expect(a.assertMayActFor(m, as({ role: 'GUARDIAN' }), person)).resolves.toBeUndefined();
    await expect(
      a.assertMayActFor(m, as({ role: 'GUARDIAN' }), { id: 'ben-2', residenceKato: SETTLEMENT }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows the full profile to the region officer and a masked one to a dispatcher in scope', async () => {
    const a = access({ district: [DISTRICT] });
    await expect(a.readLevel(m, as({ role: 'LEB_OFFICER', regionKato: REGION }), person)).resolves.toBe(
      'FULL',
    );
    await expect(a.readLevel(m, as({ role: 'DISPATCHER', providerId: 'district' }), person)).resolves.toBe(
      'MASKED',
    );
    await expect(
      a.readLevel(m, as({ role: 'LEB_OFFICER', regionKato: '710000000' }), person),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
