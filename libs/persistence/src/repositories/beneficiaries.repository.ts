import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BeneficiaryEntity } from '../entities/beneficiary.entity';
import { GuardianshipEntity } from '../entities/guardianship.entity';
import { selectById } from '../rows';

/**
 * How a person's row is read: plainly; FOR NO KEY UPDATE, which serialises everyone booking for
 * the person (quota, overlap) without blocking the foreign-key checks of their bookings; or
 * FOR UPDATE, for a change of the row itself.
 */
export type BeneficiaryLock = 'none' | 'no-key-update' | 'update';

const LOCKS = { 'no-key-update': 'FOR NO KEY UPDATE', update: 'FOR UPDATE' } as const;

/** The register of persons: found by the IIN's keyed hash, never by the IIN itself. */
@Injectable()
export class BeneficiariesRepository {
  /** One person by id, with the lock asked for (held until the transaction ends). */
  findById(m: EntityManager, id: string, lock: BeneficiaryLock = 'none'): Promise<BeneficiaryEntity | null> {
    return selectById(m, BeneficiaryEntity, id, lock === 'none' ? undefined : LOCKS[lock]);
  }

  async isIinRegistered(m: EntityManager, iinHash: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM beneficiary WHERE iin_hash = $1', [iinHash]);
    return rows.length > 0;
  }

  /**
   * Drops the Portal's cached eligibility answer for this IIN (issue 21): the person was just
   * registered or their record changed, so the next booking asks the Portal again instead of
   * trusting an answer (above all a "no record") given before.
   */
  async forgetPortalAnswer(m: EntityManager, iinHash: string): Promise<void> {
    await m.query('DELETE FROM portal_eligibility WHERE iin_hash = $1', [iinHash]);
  }

  /**
   * Registers the person unless their IIN is already known (then null). ON CONFLICT: two first
   * orders of one person at once make one row; the other caller updates it.
   */
  async insertUnlessKnown(
    m: EntityManager,
    values: Partial<BeneficiaryEntity>,
  ): Promise<{ id: string; version: number } | null> {
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(BeneficiaryEntity)
      .values(values as never)
      .orIgnore()
      .returning(['id', 'version'])
      .execute();
    const created = inserted.raw as { id: string; version: number }[];
    return created[0] ?? null;
  }

  /** The person with this IIN, locked against other writers until the transaction ends. */
  async lockByIinHash(m: EntityManager, iinHash: string): Promise<{ id: string; version: number } | null> {
    const rows: { id: string; version: number }[] = await m.query(
      'SELECT id, version FROM beneficiary WHERE iin_hash = $1 FOR NO KEY UPDATE',
      [iinHash],
    );
    return rows[0] ?? null;
  }

  /** The person's IIN as stored (ciphertext and key id), for asking the Portal; null if unknown. */
  async encryptedIinOf(
    m: EntityManager,
    beneficiaryId: string,
  ): Promise<{ iin_ciphertext: Buffer; iin_key_id: string } | null> {
    const rows: { iin_ciphertext: Buffer; iin_key_id: string }[] = await m.query(
      'SELECT iin_ciphertext, iin_key_id FROM beneficiary WHERE id = $1',
      [beneficiaryId],
    );
    return rows[0] ?? null;
  }

  /** The id of the person with this IIN hash (eGov sign-in), or null. */
  async idByIinHash(m: EntityManager, iinHash: string): Promise<string | null> {
    const rows: { id: string }[] = await m.query('SELECT id FROM beneficiary WHERE iin_hash = $1', [iinHash]);
    return rows[0]?.id ?? null;
  }

  findByIinHash(m: EntityManager, iinHash: string): Promise<BeneficiaryEntity | null> {
    return m
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .where('b.iin_hash = :h', { h: iinHash })
      .getOne();
  }

  /**
   * A page of the persons residing in the area (a KATO prefix), by id after `afterId`; `limit + 1`
   * rows are read so the caller knows whether another page follows.
   */
  pageOfArea(
    m: EntityManager,
    katoPrefix: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<BeneficiaryEntity[]> {
    const qb = m
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .where('b.residence_kato LIKE :prefix', { prefix: `${katoPrefix}%` });
    if (afterId) qb.andWhere('b.id > :cursor', { cursor: afterId });
    return qb
      .orderBy('b.id', 'ASC')
      .limit(limit + 1)
      .getMany();
  }

  /**
   * The phone desk's search (issue 21): people living under one of the KATO prefixes whose phone
   * ends with `phoneDigits` or whose name contains `name` (case-insensitive), by name.
   */
  searchInAreas(
    m: EntityManager,
    prefixes: readonly string[],
    match: { phoneDigits: string } | { name: string },
    limit: number,
  ): Promise<BeneficiaryEntity[]> {
    const qb = m
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .where('b.residence_kato LIKE ANY(:patterns)', { patterns: prefixes.map((x) => `${x}%`) });
    if ('phoneDigits' in match)
      qb.andWhere(`regexp_replace(coalesce(b.phone, ''), '\\D', '', 'g') LIKE :phone`, {
        phone: `%${match.phoneDigits}`,
      });
    else
      qb.andWhere(`b.full_name ILIKE :name ESCAPE '\\'`, {
        name: `%${match.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    return qb.orderBy('b.full_name', 'ASC').addOrderBy('b.id', 'ASC').limit(limit).getMany();
  }

  /** The guardian's wards, by name. */
  wardsOf(m: EntityManager, guardianUserId: string): Promise<BeneficiaryEntity[]> {
    return m
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .innerJoin(GuardianshipEntity, 'g', 'g.beneficiary_id = b.id')
      .where('g.guardian_user_id = :uid', { uid: guardianUserId })
      .orderBy('b.full_name', 'ASC')
      .getMany();
  }
}
