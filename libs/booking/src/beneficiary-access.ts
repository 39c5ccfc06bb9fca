import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, isValidKato, katoCovers, katoPrefix } from '@invataxi/domain';
import { forbid, inRegion, type Principal } from '@invataxi/auth';
import { CoverageRepository, GuardianshipsRepository } from '@invataxi/persistence';

/** How much of a profile a caller may see. */
export type ReadLevel = 'FULL' | 'MASKED';

/**
 * Who may act for or read a beneficiary (issue 3, DESIGN.md "Who uses it"): the person, their
 * guardians, the LEB officer of their region, and a dispatcher of the region's dispatch centre
 * or of a provider whose service area covers their residence. The full IIN only to the person,
 * their guardian and the LEB officer of their region.
 */
@Injectable()
export class BeneficiaryAccess {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly guardianships: GuardianshipsRepository,
  ) {}

  /** The digits each code of the provider's service area fixes (a pickup starting with one is in it). */
  async providerAreaPrefixes(m: EntityManager, providerId: string): Promise<string[]> {
    const area = await this.coverage.serviceAreaOf(m, providerId);
    return area.filter(isValidKato).map(katoPrefix);
  }

  /** A dispatcher with a provider claim serves where the provider's service area reaches. */
  async providerCovers(m: EntityManager, providerId: string, kato: string): Promise<boolean> {
    if (!isValidKato(kato)) return false;
    const area = await this.coverage.serviceAreaOf(m, providerId);
    return area.some((code) => isValidKato(code) && katoCovers(code, kato));
  }

  /** Staff (LEB officer, dispatcher) whose scope covers a residence. */
  async staffCovers(m: EntityManager, p: Principal, kato: string): Promise<boolean> {
    if (p.role === 'LEB_OFFICER') return inRegion(p, kato);
    if (p.role === 'DISPATCHER') {
      if (p.regionKato) return inRegion(p, kato);
      if (p.providerId) return this.providerCovers(m, p.providerId, kato);
    }
    return false;
  }

  isGuardianOf(m: EntityManager, userId: string, beneficiaryId: string): Promise<boolean> {
    return this.guardianships.isGuardianOf(m, userId, beneficiaryId);
  }

  /** Register or change a profile: the LEB officer or a dispatcher taking a phone call, in scope. */
  async assertMayManage(m: EntityManager, p: Principal, kato: string): Promise<void> {
    if (!(await this.staffCovers(m, p, kato))) forbid('region');
  }

  /** Book, cancel or read rides for the person. The Portal (a machine client) acts for anyone it sends. */
  async assertMayActFor(
    m: EntityManager,
    p: Principal,
    b: { id: string; residenceKato: string },
  ): Promise<void> {
    switch (p.role) {
      case 'BENEFICIARY':
        if (p.beneficiaryId === b.id) return;
        return forbid('own');
      case 'GUARDIAN':
        if (await this.isGuardianOf(m, p.userId, b.id)) return;
        return forbid('ward');
      case 'LEB_OFFICER':
      case 'DISPATCHER':
        return this.assertMayManage(m, p, b.residenceKato);
      case 'PORTAL':
        return;
      default:
        return forbid('role');
    }
  }

  async readLevel(
    m: EntityManager,
    p: Principal,
    b: { id: string; residenceKato: string },
  ): Promise<ReadLevel> {
    switch (p.role) {
      case 'BENEFICIARY':
        if (p.beneficiaryId === b.id) return 'FULL';
        break;
      case 'GUARDIAN':
        if (await this.isGuardianOf(m, p.userId, b.id)) return 'FULL';
        break;
      case 'LEB_OFFICER':
        if (inRegion(p, b.residenceKato)) return 'FULL';
        break;
      case 'DISPATCHER':
        if (await this.staffCovers(m, p, b.residenceKato)) return 'MASKED';
        break;
      default:
        break;
    }
    throw new DomainError('FORBIDDEN', { scope: 'beneficiary' });
  }
}
