import { Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BeneficiariesRepository, IdentityRepository, transact } from '@invataxi/persistence';
import type { RiderSessions, SessionMeta } from '../egov/rider-sessions';
import { ANONYMOUS, principalOf, SessionIssuer } from './session-issuer';

/**
 * What the eGov sign-in asks of the identity backend (apps/api/src/egov): open a session for the
 * rider account of a beneficiary the identity provider proved, making that account the first
 * time (audited), in one transaction. Null when the account may not sign in (disabled, no role).
 */
@Injectable()
export class EgovRiderSessions implements RiderSessions {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    private readonly beneficiaries: BeneficiariesRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  async signInBeneficiary(beneficiaryId: string, meta: SessionMeta): Promise<string[] | null> {
    return transact(this.ds, { ...ANONYMOUS, requestId: meta.requestId ?? null }, async (uow) => {
      const m = uow.manager;
      // The person's row locked: two first sign-ins at once make one account.
      if (!(await this.beneficiaries.findById(m, beneficiaryId, 'no-key-update'))) return null;
      let user = await this.repo.userOfBeneficiary(m, beneficiaryId);
      if (!user) {
        const b = await this.repo.beneficiaryForAccount(m, beneficiaryId);
        if (!b) return null;
        user = await this.repo.insertUser(m, {
          role: 'BENEFICIARY',
          displayName: b.fullName,
          phone: b.phone,
          language: b.language,
          beneficiaryId,
        });
        uow.audit({
          action: 'app_user.registered',
          entityType: 'app_user',
          entityId: user.id,
          after: { role: 'BENEFICIARY', beneficiaryId, via: 'EGOV' },
        });
      }
      if (!principalOf(user)) return null;
      try {
        const s = await this.sessions.openIn(
          uow,
          user.id,
          { userAgent: meta.userAgent, ip: meta.ip ?? '' },
          'EGOV',
        );
        return [s.cookie];
      } catch (e) {
        if (e instanceof UnauthorizedException) return null;
        throw e;
      }
    });
  }
}
