import type { EntityManager } from 'typeorm';
import { DomainError, maskIin, validateIin } from '@invataxi/domain';
import { BeneficiaryEntity, type IinCipher, type UnitOfWork } from '@invataxi/persistence';
import type { PortalOrderDto } from './portal-orders.dto';

async function assertKnownKato(m: EntityManager, kato: string, field: string): Promise<void> {
  const rows: unknown[] = await m.query('SELECT 1 FROM region WHERE kato_code = $1', [kato]);
  if (rows.length === 0) throw DomainError.validation([{ field, code: 'UNKNOWN_KATO' }]);
}

/**
 * The order's recipient as a beneficiary, in the order's transaction: found by the IIN's keyed
 * hash and brought up to the Portal's snapshot (the Portal is the register of entitlement), or
 * registered. Audit rows name fields, never values. Returns the beneficiary id.
 */
export async function upsertPortalBeneficiary(
  uow: UnitOfWork,
  cipher: IinCipher,
  order: PortalOrderDto,
): Promise<string> {
  const m = uow.manager;
  const r = order.recipient;
  const e = order.eligibility;
  const iin = validateIin(r.iin);
  if (!iin.valid) throw DomainError.validation([{ field: 'recipient.iin', code: `IIN_${iin.reason}` }]);
  await assertKnownKato(m, r.residence.kato, 'recipient.residence.kato');
  const snapshot = {
    fullName: r.fullName,
    residenceKato: r.residence.kato,
    residenceAddress: r.residence.address,
    residenceLat: r.residence.lat,
    residenceLon: r.residence.lon,
    disabilityCategory: e.category,
    disabilityValidUntil: e.validUntil,
    mobility: { ...e.needs },
    companionEntitled: e.companionEntitled,
    ...(r.phone !== undefined ? { phone: r.phone } : {}),
    ...(r.language !== undefined ? { language: r.language } : {}),
  };
  const sealed = cipher.seal(r.iin);
  // ON CONFLICT: two first orders of one person at once -> one row, the other updates it.
  const inserted = await m
    .createQueryBuilder()
    .insert()
    .into(BeneficiaryEntity)
    .values({
      ...snapshot,
      iinCiphertext: sealed.ciphertext,
      iinKeyId: sealed.keyId,
      iinHash: sealed.hash,
      iinMasked: maskIin(r.iin),
      birthDate: iin.birthDate,
      sex: iin.sex === 'MALE' ? 'M' : 'F',
    } as never)
    .orIgnore()
    .returning(['id', 'version'])
    .execute();
  const created = inserted.raw as { id: string; version: number }[];
  if (created[0]) {
    uow.audit({
      action: 'beneficiary.registered',
      entityType: 'beneficiary',
      entityId: created[0].id,
      after: { residenceKato: r.residence.kato, version: created[0].version, source: 'PORTAL' },
    });
    return created[0].id;
  }
  const rows: { id: string; version: number }[] = await m.query(
    'SELECT id, version FROM beneficiary WHERE iin_hash = $1 FOR NO KEY UPDATE',
    [sealed.hash],
  );
  const existing = rows[0];
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
