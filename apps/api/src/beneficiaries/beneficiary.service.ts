import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainError,
  NO_MOBILITY_NEEDS,
  isValidKato,
  katoPrefix,
  maskIin,
  validateIin,
  type DisabilityCategory,
  type EligibilityNeed,
  type Language,
  type MobilityNeeds,
} from '@invataxi/domain';
import { forbid, type Principal } from '@invataxi/auth';
import {
  AppUserEntity,
  BeneficiariesRepository,
  BeneficiaryEntity,
  GuardianshipEntity,
  GuardianshipsRepository,
  IinCipher,
  RegionsRepository,
  transact,
  transactAnswering,
  type Actor,
  type JsonValue,
  type KeyedRequest,
} from '@invataxi/persistence';
import { BeneficiaryAccess, needsOf, type NeedEvidenceRecord } from '@invataxi/booking';

export interface ResidenceInput {
  kato: string;
  address: string;
  lat: number;
  lon: number;
}

export interface RegisterBeneficiaryInput {
  iin: string;
  fullName: string;
  phone?: string | null;
  language?: Language;
  residence: ResidenceInput;
  disabilityCategory: DisabilityCategory;
  disabilityValidUntil?: string | null;
  needs?: { need: EligibilityNeed; validUntil?: string | null; document?: string }[];
  mobility?: MobilityNeeds;
  companionEntitled?: boolean;
}

export interface UpdateBeneficiaryInput extends Partial<Omit<RegisterBeneficiaryInput, 'iin'>> {
  version: number;
  smsOptOut?: boolean;
  inAppOptOut?: boolean;
  notifyGuardians?: boolean;
}

export interface BeneficiaryView {
  id: string;
  /** The full IIN: only to the person, their guardian and the LEB officer of their region. */
  iin?: string;
  iinMasked: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  phone: string | null;
  language: Language;
  residence: ResidenceInput;
  /** Health data: absent for a provider's dispatcher (withoutHealth, README). */
  disabilityCategory?: DisabilityCategory;
  disabilityValidUntil?: string | null;
  needs?: NeedEvidenceRecord[];
  mobility: MobilityNeeds;
  companionEntitled: boolean;
  suspendedUntil: string | null;
  smsOptOut: boolean;
  inAppOptOut: boolean;
  notifyGuardians: boolean;
  version: number;
}

/** What lists show: masked IIN, no phone or address. */
export interface BeneficiarySummary {
  id: string;
  iinMasked: string;
  fullName: string;
  residenceKato: string;
  /** Absent for a provider's dispatcher (withoutHealth, README). */
  disabilityCategory?: DisabilityCategory;
  suspendedUntil: string | null;
}

/** A guardian as the registry lists them. */
export interface GuardianView {
  userId: string;
  displayName: string;
  phone: string | null;
  /** When the link was made. */
  since: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function summary(b: BeneficiaryEntity): BeneficiarySummary {
  return {
    id: b.id,
    iinMasked: b.iinMasked,
    fullName: b.fullName,
    residenceKato: b.residenceKato,
    disabilityCategory: b.disabilityCategory,
    suspendedUntil: b.suspendedUntil?.toISOString() ?? null,
  };
}

/**
 * Health data (disability category, its validity, the medical board's evidence) is for those who
 * decide or record eligibility: the person, their guardian, the LEB officer and the region's
 * dispatch centre. A provider's dispatcher (a private carrier's staff) plans rides and sees the
 * mobility needs only (README.md, "Who sees what").
 */
export function seesHealthData(p: Principal): boolean {
  return !(p.role === 'DISPATCHER' && p.providerId);
}

function withoutHealth<
  T extends { disabilityCategory?: unknown; disabilityValidUntil?: unknown; needs?: unknown },
>(p: Principal, v: T): T {
  if (seesHealthData(p)) return v;
  const { disabilityCategory: _c, disabilityValidUntil: _u, needs: _n, ...rest } = v;
  return rest as T;
}

function actorOf(p: Principal, requestId?: string): Actor {
  return { userId: p.userId, role: p.role, requestId: requestId ?? null };
}

function evidenceFrom(needs: RegisterBeneficiaryInput['needs']): NeedEvidenceRecord[] {
  return (needs ?? []).map((n) => ({
    kind: 'NEED' as const,
    need: n.need,
    validUntil: n.validUntil ?? null,
    ...(n.document ? { document: n.document } : {}),
  }));
}

/**
 * Beneficiary records (issue 3): registered and changed by the LEB officer and by a dispatcher
 * taking a phone call, each within their scope. The IIN is sealed (AES-256-GCM) and found by its
 * keyed hash; audit rows carry ids and field names, never values.
 */
@Injectable()
export class BeneficiaryService {
  constructor(
    private readonly ds: DataSource,
    private readonly cipher: IinCipher,
    private readonly access: BeneficiaryAccess,
    private readonly beneficiaries: BeneficiariesRepository,
    private readonly guardianships: GuardianshipsRepository,
    private readonly regions: RegionsRepository,
  ) {}

  private async assertKnownKato(m: EntityManager, kato: string, field: string): Promise<void> {
    if (!isValidKato(kato) || !(await this.regions.isKnown(m, kato)))
      throw DomainError.validation([{ field, code: 'UNKNOWN_KATO' }]);
  }

  view(b: BeneficiaryEntity, full: boolean): BeneficiaryView {
    return {
      id: b.id,
      ...(full ? { iin: this.cipher.decrypt(b.iinCiphertext, b.iinKeyId) } : {}),
      iinMasked: b.iinMasked,
      fullName: b.fullName,
      birthDate: b.birthDate,
      sex: b.sex,
      phone: b.phone,
      language: b.language,
      residence: {
        kato: b.residenceKato,
        address: b.residenceAddress,
        lat: b.residenceLat,
        lon: b.residenceLon,
      },
      disabilityCategory: b.disabilityCategory,
      disabilityValidUntil: b.disabilityValidUntil,
      needs: needsOf(b),
      mobility: b.mobility,
      companionEntitled: b.companionEntitled,
      suspendedUntil: b.suspendedUntil?.toISOString() ?? null,
      smsOptOut: b.smsOptOut,
      inAppOptOut: b.inAppOptOut,
      notifyGuardians: b.notifyGuardians,
      version: b.version,
    };
  }

  /** Registers a person. Returns the masked view: a response may be stored (idempotency). */
  async register(
    p: Principal,
    input: RegisterBeneficiaryInput,
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<BeneficiaryView> {
    const iin = validateIin(input.iin);
    if (!iin.valid) throw DomainError.validation([{ field: 'iin', code: `IIN_${iin.reason}` }]);
    await this.access.assertMayManage(this.ds.manager, p, input.residence.kato);
    const sealed = this.cipher.seal(input.iin);
    return transactAnswering(
      this.ds,
      actorOf(p, requestId),
      async (uow) => {
        await this.assertKnownKato(uow.manager, input.residence.kato, 'residence.kato');
        const repo = uow.manager.getRepository(BeneficiaryEntity);
        if (await this.beneficiaries.isIinRegistered(uow.manager, sealed.hash))
          throw new DomainError('CONFLICT', {
            entity: 'beneficiary',
            field: 'iin',
            reason: 'IIN_ALREADY_REGISTERED',
          });
        const row = repo.create({
          iinCiphertext: sealed.ciphertext,
          iinKeyId: sealed.keyId,
          iinHash: sealed.hash,
          iinMasked: maskIin(input.iin),
          fullName: input.fullName,
          birthDate: iin.birthDate,
          sex: iin.sex === 'MALE' ? 'M' : 'F',
          phone: input.phone ?? null,
          language: input.language ?? 'ru',
          residenceKato: input.residence.kato,
          residenceAddress: input.residence.address,
          residenceLat: input.residence.lat,
          residenceLon: input.residence.lon,
          disabilityCategory: input.disabilityCategory,
          disabilityValidUntil: input.disabilityValidUntil ?? null,
          evidence: evidenceFrom(input.needs) as unknown as JsonValue[],
          mobility: input.mobility ?? NO_MOBILITY_NEEDS,
          companionEntitled: input.companionEntitled ?? false,
        });
        const saved = await repo.save(row);
        await this.beneficiaries.forgetPortalAnswer(uow.manager, sealed.hash);
        uow.audit({
          action: 'beneficiary.registered',
          entityType: 'beneficiary',
          entityId: saved.id,
          after: { residenceKato: saved.residenceKato, version: saved.version },
        });
        return withoutHealth(p, this.view(saved, false));
      },
      keyed,
    );
  }

  async update(
    p: Principal,
    id: string,
    input: UpdateBeneficiaryInput,
    requestId?: string,
  ): Promise<BeneficiaryView> {
    return transact(this.ds, actorOf(p, requestId), async (uow) => {
      const repo = uow.manager.getRepository(BeneficiaryEntity);
      const b = await this.beneficiaries.findById(uow.manager, id, 'update');
      if (!b) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id });
      await this.access.assertMayManage(uow.manager, p, b.residenceKato);
      if (b.version !== input.version)
        throw new DomainError('STALE_VERSION', {
          entity: 'beneficiary',
          expected: input.version,
          actual: b.version,
        });
      const patch: Partial<BeneficiaryEntity> = {};
      if (input.residence) {
        await this.access.assertMayManage(uow.manager, p, input.residence.kato);
        await this.assertKnownKato(uow.manager, input.residence.kato, 'residence.kato');
        patch.residenceKato = input.residence.kato;
        patch.residenceAddress = input.residence.address;
        patch.residenceLat = input.residence.lat;
        patch.residenceLon = input.residence.lon;
      }
      if (input.fullName !== undefined) patch.fullName = input.fullName;
      if (input.phone !== undefined) patch.phone = input.phone;
      if (input.language !== undefined) patch.language = input.language;
      if (input.disabilityCategory !== undefined) patch.disabilityCategory = input.disabilityCategory;
      if (input.disabilityValidUntil !== undefined) patch.disabilityValidUntil = input.disabilityValidUntil;
      if (input.needs !== undefined) patch.evidence = evidenceFrom(input.needs) as unknown as JsonValue[];
      if (input.mobility !== undefined) patch.mobility = input.mobility;
      if (input.companionEntitled !== undefined) patch.companionEntitled = input.companionEntitled;
      if (input.smsOptOut !== undefined) patch.smsOptOut = input.smsOptOut;
      if (input.inAppOptOut !== undefined) patch.inAppOptOut = input.inAppOptOut;
      if (input.notifyGuardians !== undefined) patch.notifyGuardians = input.notifyGuardians;
      const saved = await repo.save(repo.merge(b, patch));
      await this.beneficiaries.forgetPortalAnswer(uow.manager, b.iinHash);
      uow.audit({
        action: 'beneficiary.updated',
        entityType: 'beneficiary',
        entityId: b.id,
        // Field names only: the values are personal data.
        after: { fields: Object.keys(patch), version: saved.version },
      });
      return withoutHealth(p, this.view(saved, false));
    });
  }

  /** A full profile; staff reads are audited (who looked at whom, from which request). */
  async get(p: Principal, id: string, requestId?: string): Promise<BeneficiaryView> {
    const b = await this.beneficiaries.findById(this.ds.manager, id);
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id });
    const level = await this.access.readLevel(this.ds.manager, p, b);
    if (p.role === 'LEB_OFFICER' || p.role === 'DISPATCHER') {
      await transact(this.ds, actorOf(p, requestId), async (uow) => {
        uow.audit({
          action: 'beneficiary.profile_read',
          entityType: 'beneficiary',
          entityId: b.id,
          after: { fullIin: level === 'FULL' },
        });
      });
    }
    return withoutHealth(p, this.view(b, level === 'FULL'));
  }

  /** Staff find a caller by IIN (phone channel): by keyed hash, audited, masked answer. */
  async lookup(p: Principal, iin: string, requestId?: string): Promise<BeneficiarySummary> {
    const valid = validateIin(iin);
    if (!valid.valid) throw DomainError.validation([{ field: 'iin', code: `IIN_${valid.reason}` }]);
    const b = await this.beneficiaries.findByIinHash(this.ds.manager, this.cipher.hash(iin));
    if (!b || !(await this.access.staffCovers(this.ds.manager, p, b.residenceKato)))
      throw new DomainError('NOT_FOUND', { entity: 'beneficiary' });
    await transact(this.ds, actorOf(p, requestId), async (uow) => {
      uow.audit({ action: 'beneficiary.looked_up', entityType: 'beneficiary', entityId: b.id });
    });
    return withoutHealth(p, summary(b));
  }

  /**
   * The phone desk finds a caller by name or phone within the caller's scope (issue 21): at most
   * 20, by name, masked; audited (who searched, how many found: never the text searched).
   */
  async search(p: Principal, text: string, requestId?: string): Promise<{ items: BeneficiarySummary[] }> {
    const q = text.trim();
    const digits = q.replace(/\D/g, '');
    // Only digits and phone punctuation, at least 4 digits: a phone number (its last 10 digits).
    const phone = /^[\d\s()+-]+$/.test(q) && digits.length >= 4;
    if (!phone && q.length < 2) throw DomainError.validation([{ field: 'q', code: 'TOO_SHORT' }]);
    let prefixes: string[];
    if ((p.role === 'LEB_OFFICER' || p.role === 'DISPATCHER') && p.regionKato)
      prefixes = [katoPrefix(p.regionKato)];
    else if (p.role === 'DISPATCHER' && p.providerId)
      prefixes = await this.access.providerAreaPrefixes(this.ds.manager, p.providerId);
    else forbid('region');
    const rows = prefixes.length
      ? await this.beneficiaries.searchInAreas(
          this.ds.manager,
          prefixes,
          phone ? { phoneDigits: digits.slice(-10) } : { name: q },
          20,
        )
      : [];
    await transact(this.ds, actorOf(p, requestId), async (uow) => {
      uow.audit({
        action: 'beneficiary.searched',
        entityType: 'user',
        entityId: p.userId,
        after: { by: phone ? 'phone' : 'name', found: rows.length },
      });
    });
    return { items: rows.map((b) => withoutHealth(p, summary(b))) };
  }

  /** Staff list within their scope, keyset-paginated by id; masked. */
  async list(
    p: Principal,
    q: { kato?: string; cursor?: string; limit?: number },
  ): Promise<Page<BeneficiarySummary>> {
    const area = q.kato ?? p.regionKato ?? null;
    if (!area || !isValidKato(area)) throw DomainError.validation([{ field: 'kato', code: 'REQUIRED' }]);
    await this.access.assertMayManage(this.ds.manager, p, area);
    const limit = q.limit ?? 50;
    const rows = await this.beneficiaries.pageOfArea(this.ds.manager, katoPrefix(area), q.cursor, limit);
    const items = rows.slice(0, limit).map((b) => withoutHealth(p, summary(b)));
    return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
  }

  /** A guardian's wards, masked. */
  async wards(p: Principal): Promise<BeneficiarySummary[]> {
    const rows = await this.beneficiaries.wardsOf(this.ds.manager, p.userId);
    return rows.map(summary);
  }

  /** The LEB officer links a GUARDIAN user to a ward, registering the user when needed. */
  async linkGuardian(
    p: Principal,
    beneficiaryId: string,
    input: { guardianUserId?: string; displayName?: string; phone?: string; language?: Language },
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<{ guardianUserId: string; beneficiaryId: string }> {
    if (p.role !== 'LEB_OFFICER') throw new DomainError('FORBIDDEN', { scope: 'role' });
    return transactAnswering(
      this.ds,
      actorOf(p, requestId),
      async (uow) => {
        const b = await this.beneficiaries.findById(uow.manager, beneficiaryId);
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
        await this.access.assertMayManage(uow.manager, p, b.residenceKato);
        const users = uow.manager.getRepository(AppUserEntity);
        let guardianUserId = input.guardianUserId;
        if (guardianUserId) {
          const u = await users.findOneBy({ id: guardianUserId });
          if (!u) throw new DomainError('NOT_FOUND', { entity: 'app_user', id: guardianUserId });
          if (u.role !== 'GUARDIAN')
            throw DomainError.validation([{ field: 'guardianUserId', code: 'NOT_A_GUARDIAN' }]);
        } else {
          const u = await users.save(
            users.create({
              role: 'GUARDIAN',
              displayName: input.displayName ?? '',
              phone: input.phone ?? null,
              language: input.language ?? 'ru',
            }),
          );
          guardianUserId = u.id;
          uow.audit({
            action: 'app_user.registered',
            entityType: 'app_user',
            entityId: u.id,
            after: { role: 'GUARDIAN' },
          });
        }
        await this.guardianships.link(uow.manager, guardianUserId, beneficiaryId);
        uow.audit({
          action: 'guardianship.linked',
          entityType: 'beneficiary',
          entityId: beneficiaryId,
          after: { guardianUserId },
        });
        return { guardianUserId, beneficiaryId };
      },
      keyed,
    );
  }

  /**
   * A person's guardians (the registry, issue 21): for staff whose scope covers the person (the
   * LEB officer who links them, a dispatcher who may need to call one); the read is audited.
   */
  async guardians(
    p: Principal,
    beneficiaryId: string,
    requestId?: string,
  ): Promise<{ items: GuardianView[] }> {
    const b = await this.beneficiaries.findById(this.ds.manager, beneficiaryId);
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
    await this.access.assertMayManage(this.ds.manager, p, b.residenceKato);
    const rows = await this.guardianships.guardiansOf(this.ds.manager, beneficiaryId);
    await transact(this.ds, actorOf(p, requestId), async (uow) => {
      uow.audit({
        action: 'guardianship.listed',
        entityType: 'beneficiary',
        entityId: b.id,
        after: { count: rows.length },
      });
    });
    return { items: rows.map((r) => ({ ...r, since: r.since.toISOString() })) };
  }

  async unlinkGuardian(
    p: Principal,
    beneficiaryId: string,
    guardianUserId: string,
    requestId?: string,
  ): Promise<void> {
    if (p.role !== 'LEB_OFFICER') throw new DomainError('FORBIDDEN', { scope: 'role' });
    await transact(this.ds, actorOf(p, requestId), async (uow) => {
      const b = await this.beneficiaries.findById(uow.manager, beneficiaryId);
      if (!b) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
      await this.access.assertMayManage(uow.manager, p, b.residenceKato);
      const res = await uow.manager.delete(GuardianshipEntity, { guardianUserId, beneficiaryId });
      if (!res.affected) throw new DomainError('NOT_FOUND', { entity: 'guardianship' });
      uow.audit({
        action: 'guardianship.unlinked',
        entityType: 'beneficiary',
        entityId: beneficiaryId,
        after: { guardianUserId },
      });
    });
  }

  /**
   * The app_user the person signs in as (token: sub = this id, role BENEFICIARY, beneficiary = id).
   * One per person: a second call returns the same user.
   */
  async ensureSignInUser(
    p: Principal,
    beneficiaryId: string,
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<{ userId: string; role: 'BENEFICIARY'; beneficiaryId: string }> {
    if (p.role !== 'LEB_OFFICER') throw new DomainError('FORBIDDEN', { scope: 'role' });
    return transactAnswering(
      this.ds,
      actorOf(p, requestId),
      async (uow) => {
        const b = await this.beneficiaries.findById(uow.manager, beneficiaryId, 'update');
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
        await this.access.assertMayManage(uow.manager, p, b.residenceKato);
        const users = uow.manager.getRepository(AppUserEntity);
        const existing = await users.findOneBy({ beneficiaryId, role: 'BENEFICIARY' });
        if (existing) return { userId: existing.id, role: 'BENEFICIARY' as const, beneficiaryId };
        const u = await users.save(
          users.create({
            role: 'BENEFICIARY',
            displayName: b.fullName,
            phone: b.phone,
            language: b.language,
            regionKato: null,
            beneficiaryId,
          }),
        );
        uow.audit({
          action: 'app_user.registered',
          entityType: 'app_user',
          entityId: u.id,
          after: { role: 'BENEFICIARY', beneficiaryId },
        });
        return { userId: u.id, role: 'BENEFICIARY' as const, beneficiaryId };
      },
      keyed,
    );
  }
}
