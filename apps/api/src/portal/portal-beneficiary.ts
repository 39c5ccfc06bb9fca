import { DomainError, maskIin, mobilityNeedsOf, validateIin } from '@invataxi/domain';
import {
  BeneficiaryEntity,
  type BeneficiariesRepository,
  type IinCipher,
  type RegionsRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import type { PortalOrderDto } from './portal-orders.dto';

/** What the upsert reads and writes through. */
export interface PortalBeneficiaryStores {
  cipher: IinCipher;
  beneficiaries: BeneficiariesRepository;
  regions: RegionsRepository;
}

/**
 * The order's recipient as a beneficiary, in the order's transaction: found by the IIN's keyed
 * hash and brought up to the Portal's snapshot (the Portal is the register of entitlement), or
 * registered. Audit rows name fields, never values. Returns the beneficiary id.
 */
export async function upsertPortalBeneficiary(
  uow: UnitOfWork,
  { cipher, beneficiaries, regions }: PortalBeneficiaryStores,
  order: PortalOrderDto,
): Promise<string> {
  const m = uow.manager;
  const r = order.recipient;
  const e = order.eligibility;
  const iin = validateIin(r.iin);
  if (!iin.valid) throw DomainError.validation([{ field: 'recipient.iin', code: `IIN_${iin.reason}` }]);
  if (!(await regions.isKnown(m, r.residence.kato)))
    throw DomainError.validation([{ field: 'recipient.residence.kato', code: 'UNKNOWN_KATO' }]);
  const snapshot = {
    fullName: r.fullName,
    residenceKato: r.residence.kato,
    residenceAddress: r.residence.address,
    residenceLat: r.residence.lat,
    residenceLon: r.residence.lon,
    disabilityCategory: e.category,
    disabilityValidUntil: e.validUntil,
    // The Portal's needsRamp is step-free boarding (a ramp or a lift).
    mobility: mobilityNeedsOf(e.needs),
    companionEntitled: e.companionEntitled,
    ...(r.phone !== undefined ? { phone: r.phone } : {}),
    ...(r.language !== undefined ? { language: r.language } : {}),
  };
  const sealed = cipher.seal(r.iin);
  const created = await beneficiaries.insertUnlessKnown(m, {
    ...snapshot,
    iinCiphertext: sealed.ciphertext,
    iinKeyId: sealed.keyId,
    iinHash: sealed.hash,
    iinMasked: maskIin(r.iin),
    birthDate: iin.birthDate,
    sex: iin.sex === 'MALE' ? 'M' : 'F',
  });
  if (created) {
    uow.audit({
      action: 'beneficiary.registered',
      entityType: 'beneficiary',
      entityId: created.id,
      after: { residenceKato: r.residence.kato, version: created.version, source: 'PORTAL' },
    });
    return created.id;
  }
  const existing = await beneficiaries.lockByIinHash(m, sealed.hash);
  if (!existing) throw new DomainError('CONFLICT', { entity: 'beneficiary', reason: 'CONCURRENT_DELETE' });
  await m.update(BeneficiaryEntity, { id: existing.id }, {
    ...snapshot,
    version: existing.version + 1,
  } as never);
  uow.audit({
    action: 'beneficiary.updated',
    entityType: 'beneficiary',
    entityId: existing.id,
    after: { fields: Object.keys(snapshot), version: existing.version + 1, source: 'PORTAL' },
  });
  return existing.id;
}
