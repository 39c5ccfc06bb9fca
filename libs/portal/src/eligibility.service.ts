import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { mobilityNeedsOf, type DisabilityCategory, type MobilityNeeds } from '@invataxi/domain';
import {
  InjectDataSource,
  BeneficiariesRepository,
  IinCipher,
  PortalEligibilityEntity,
  SYSTEM_ACTOR,
  transact,
  type JsonObject,
} from '@invataxi/persistence';
import type { EligibilitySnapshot } from './contract';
import {
  PORTAL_GATEWAY,
  PortalRefusedError,
  PortalUnavailableError,
  type PortalGateway,
} from './portal-gateway';
import { isSnapshot } from './portal-http-client';
import { CLOCK, type Clock } from '@invataxi/domain';

export const PORTAL_IIN_CIPHER = Symbol('PORTAL_IIN_CIPHER');

export type EligibilityLookup =
  | { status: 'FOUND'; eligibility: EligibilitySnapshot; fetchedAt: Date; cached: boolean }
  | { status: 'NOT_REGISTERED'; fetchedAt: Date; cached: boolean }
  /** The Portal could not be asked: the caller keeps the booking REQUESTED and asks again later. */
  | { status: 'UNAVAILABLE' };

/** The beneficiary columns an eligibility snapshot sets. */
export interface BeneficiaryEligibilityPatch {
  disabilityCategory: DisabilityCategory;
  disabilityValidUntil: string | null;
  mobility: MobilityNeeds;
  companionEntitled: boolean;
}

export function beneficiaryPatchOf(s: EligibilitySnapshot): BeneficiaryEligibilityPatch {
  return {
    disabilityCategory: s.category,
    disabilityValidUntil: s.validUntil,
    mobility: mobilityNeedsOf(s.needs),
    companionEntitled: s.companionEntitled,
  };
}

/**
 * The Portal is the register of who is entitled. A beneficiary who books directly is checked
 * against it; answers are cached by the IIN's keyed hash for PORTAL_ELIGIBILITY_TTL_SECONDS ("no
 * record of this person" only for PORTAL_NO_RECORD_TTL_SECONDS; registering or editing
 * the person drops the cached answer, BeneficiariesRepository.forgetPortalAnswer),
 * so a Portal that is briefly down does not stop people whose answer is fresh. When it is down
 * and nothing fresh is cached, the answer is UNAVAILABLE: never "eligible" by default.
 */
@Injectable()
export class EligibilityService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(PORTAL_GATEWAY) private readonly gateway: PortalGateway,
    @Inject(PORTAL_IIN_CIPHER) private readonly cipher: IinCipher,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly beneficiaries: BeneficiariesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * `cachedOnly`: the answer still remembered, or null; the Portal is not asked (the phone desk:
   * a slow or absent Portal never holds up the channel people use when the app fails them).
   */
  async lookup(
    iin: string,
    options: { refresh?: boolean; cachedOnly: true },
  ): Promise<EligibilityLookup | null>;
  async lookup(iin: string, options?: { refresh?: boolean }): Promise<EligibilityLookup>;
  async lookup(
    iin: string,
    options: { refresh?: boolean; cachedOnly?: boolean } = {},
  ): Promise<EligibilityLookup | null> {
    const hash = this.cipher.hash(iin);
    if (!options.refresh) {
      const cached = await this.ds.getRepository(PortalEligibilityEntity).findOneBy({ iinHash: hash });
      if (cached && cached.expiresAt.getTime() > this.clock.now().getTime()) return this.answer(cached, true);
    }
    if (options.cachedOnly) return null;
    let fresh: EligibilitySnapshot | null;
    try {
      const res = await this.gateway.lookupEligibility(iin);
      fresh = res.registered ? res.eligibility : null;
    } catch (e) {
      if (e instanceof PortalUnavailableError || e instanceof PortalRefusedError)
        return { status: 'UNAVAILABLE' };
      throw e;
    }
    const row = await transact(this.ds, SYSTEM_ACTOR, (uow) => this.remember(uow.manager, iin, fresh));
    return this.answer(row, false);
  }

  /**
   * The Portal's answer for a booking (issue 8; `cachedOnly` for the phone desk, issue 21), or
   * null when no Portal is configured (PORTAL_URL empty) or nothing is remembered (`cachedOnly`):
   * then the local record decides.
   */
  async forBeneficiary(
    beneficiaryId: string,
    options: { cachedOnly?: boolean } = {},
  ): Promise<EligibilityLookup | null> {
    if (!this.config.PORTAL_URL) return null;
    const row = await this.beneficiaries.encryptedIinOf(this.ds.manager, beneficiaryId);
    if (!row) return null;
    const iin = this.cipher.decrypt(row.iin_ciphertext, row.iin_key_id);
    return options.cachedOnly ? this.lookup(iin, { cachedOnly: true }) : this.lookup(iin);
  }

  /** Stores an answer (a look-up's, or the snapshot an order of the Portal carried). */
  async remember(
    manager: EntityManager,
    iin: string,
    snapshot: EligibilitySnapshot | null,
  ): Promise<PortalEligibilityEntity> {
    const now = this.clock.now();
    // "No record" is kept only briefly (PORTAL_NO_RECORD_TTL_SECONDS): a person the
    // officer registered today may reach the Portal's register within minutes (issue 21).
    // A TTL of 0 still stores the answer (for the record) but it is stale at once.
    const ttl =
      snapshot === null
        ? Math.min(this.config.PORTAL_NO_RECORD_TTL_SECONDS, this.config.PORTAL_ELIGIBILITY_TTL_SECONDS)
        : this.config.PORTAL_ELIGIBILITY_TTL_SECONDS;
    const expiresAt = new Date(now.getTime() + Math.max(1, ttl * 1000));
    const row = {
      iinHash: this.cipher.hash(iin),
      snapshot: snapshot as unknown as JsonObject | null,
      fetchedAt: now,
      expiresAt,
    };
    await manager.upsert(PortalEligibilityEntity, row as never, ['iinHash']);
    return Object.assign(new PortalEligibilityEntity(), row);
  }

  private answer(row: PortalEligibilityEntity, cached: boolean): EligibilityLookup {
    if (row.snapshot === null) return { status: 'NOT_REGISTERED', fetchedAt: row.fetchedAt, cached };
    if (!isSnapshot(row.snapshot)) return { status: 'UNAVAILABLE' };
    return { status: 'FOUND', eligibility: row.snapshot, fetchedAt: row.fetchedAt, cached };
  }
}

/**
 * status_reason of a booking that waits in REQUESTED because the Portal could not be asked;
 * the dispatcher's sweep re-checks it (RecheckEligibility).
 */
export const ELIGIBILITY_PENDING = 'ELIGIBILITY_PENDING';
