import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { BookingStatus, RideNeedFilter } from '@invataxi/domain';
import { BookingEntity } from '../entities';

/** Where a page of rides starts: after the ride with this (time, id), or from the first. */
export interface RidePage {
  after: { t: string; id: string } | null;
  limit: number;
}

/** Whose rides: the person's own, or every ward of a guardian. */
export type RiderScope = { beneficiaryId: string } | { guardianUserId: string };

/** An operator's search; every field given narrows it. */
export interface RideSearch {
  /** The pickup's region (a whole region's code). */
  regionKato?: string;
  /** The pickup KATO starts with this (a district or a settlement). */
  pickupKatoPrefix?: string;
  /** Planned on one of the provider's shifts. */
  providerId?: string;
  /**
   * With `providerId`: also the rides on no shift in `awaitingStatuses` whose pickup KATO starts
   * with one of these prefixes (the provider's service area), which the provider can take.
   */
  providerArea?: { prefixes: readonly string[]; awaitingStatuses: readonly BookingStatus[] };
  /** The pickup window opens in [from, to). */
  pickupWindowOpens?: { from: Date; to: Date };
  statuses?: readonly BookingStatus[];
  /** One person's rides (the phone desk, issue 21). */
  beneficiaryId?: string;
  /** Latest pickup window first (a person's history, newest first); else earliest first. */
  newestFirst?: boolean;
  /**
   * Free text (issue 23): part of the rider's name (any case), digits of their phone, the
   * booking's id or its beginning, or its Portal order number.
   */
  text?: string;
  /** Rides with every one of these needs. */
  needs?: readonly RideNeedFilter[];
}

/** What a rider's profile must say for a need filter (a wheelchair user always needs step-free boarding). */
const NEED_SQL: Record<RideNeedFilter, string> = {
  wheelchair: `b.mobility->>'wheelchair' <> 'NONE'`,
  stepFree: `(b.mobility->>'wheelchair' <> 'NONE' OR b.mobility->>'stepFree' = 'true' OR b.mobility->>'needsRamp' = 'true')`,
  needsLift: `b.mobility->>'needsLift' = 'true'`,
  visual: `b.mobility->>'visual' = 'true'`,
  hearing: `b.mobility->>'hearing' = 'true'`,
  intellectual: `b.mobility->>'intellectual' = 'true'`,
  guideDog: `b.mobility->>'guideDog' = 'true'`,
};

/** A LIKE pattern's own wildcards taken literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Who rides a booking, for a dispatcher who calls them. */
export interface RiderContactRow {
  id: string;
  fullName: string;
  phone: string | null;
}

/** A no-show on record, for the suspension rule. */
export interface NoShowRow {
  at: Date;
  forgiven: boolean;
  /** Disputed by the rider, not yet decided (issue 23): does not count meanwhile. */
  disputePending: boolean;
}

const KEYSET_COLUMN = { requestedTime: 'b.requested_time', pickupEarliest: 'b.pickup_earliest' } as const;

/**
 * The booking reads of the use cases in libs/booking (lists, searches, counts). Lists come back
 * one row longer than the page when there is more, so the caller can say where the next starts.
 */
@Injectable()
export class BookingQueriesRepository {
  constructor(private readonly ds: DataSource) {}

  /** The rider's (or a guardian's wards') rides, newest request first, keyset by (time, id). */
  ridesOfRider(scope: RiderScope, page: RidePage): Promise<BookingEntity[]> {
    const qb = this.ds.getRepository(BookingEntity).createQueryBuilder('b');
    if ('beneficiaryId' in scope) qb.where('b.beneficiary_id = :bid', { bid: scope.beneficiaryId });
    else
      qb.where(
        'b.beneficiary_id IN (SELECT beneficiary_id FROM guardianship WHERE guardian_user_id = :uid)',
        {
          uid: scope.guardianUserId,
        },
      );
    return pageOf(qb, page, 'requestedTime', 'DESC');
  }

  /** Operators' search, by pickup window start then id (earliest first unless newestFirst). */
  searchRides(q: RideSearch, page: RidePage): Promise<BookingEntity[]> {
    const qb = this.ds.getRepository(BookingEntity).createQueryBuilder('b');
    qb.where('TRUE');
    if (q.regionKato) qb.andWhere('b.region_kato = :area', { area: q.regionKato });
    if (q.pickupKatoPrefix) qb.andWhere('b.pickup_kato LIKE :prefix', { prefix: `${q.pickupKatoPrefix}%` });
    if (q.providerId && q.providerArea?.prefixes.length)
      qb.andWhere(
        `(b.shift_id IN (SELECT id FROM shift WHERE provider_id = :prov)
          OR (b.shift_id IS NULL AND b.status IN (:...awaiting) AND b.pickup_kato LIKE ANY(:areaPatterns)))`,
        {
          prov: q.providerId,
          awaiting: q.providerArea.awaitingStatuses,
          areaPatterns: q.providerArea.prefixes.map((x) => `${x}%`),
        },
      );
    else if (q.providerId)
      qb.andWhere('b.shift_id IN (SELECT id FROM shift WHERE provider_id = :prov)', { prov: q.providerId });
    if (q.pickupWindowOpens)
      qb.andWhere('b.pickup_earliest >= :from AND b.pickup_earliest < :to', q.pickupWindowOpens);
    if (q.statuses?.length) qb.andWhere('b.status IN (:...st)', { st: q.statuses });
    if (q.beneficiaryId) qb.andWhere('b.beneficiary_id = :person', { person: q.beneficiaryId });
    for (const n of q.needs ?? []) qb.andWhere(NEED_SQL[n]);
    const text = q.text;
    if (text) {
      const digits = text.replace(/\D/g, '');
      const hexId = /^[0-9a-f-]{8,36}$/i.test(text);
      qb.andWhere(
        new Brackets((w) => {
          w.where(
            `b.beneficiary_id IN (SELECT id FROM beneficiary WHERE full_name ILIKE :name${
              digits.length >= 4 ? ` OR regexp_replace(coalesce(phone, ''), '\\D', '', 'g') LIKE :digits` : ''
            })`,
            { name: `%${likeLiteral(text)}%`, digits: `%${digits}%` },
          );
          if (hexId) w.orWhere('b.id::text LIKE :idPrefix', { idPrefix: `${text.toLowerCase()}%` });
          w.orWhere('b.portal_order_id = :order', { order: text });
        }),
      );
    }
    return pageOf(qb, page, 'pickupEarliest', q.newestFirst ? 'DESC' : 'ASC');
  }

  /**
   * The no-shows disputed and not yet decided of riders living in an area (a KATO prefix), the
   * oldest dispute first (issue 23: the deciders' list), at most `limit`.
   */
  openNoShowDisputes(residencePrefix: string, limit: number): Promise<BookingEntity[]> {
    return this.ds
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where(`b.status = 'NO_SHOW'`)
      .andWhere('b.no_show_disputed_at IS NOT NULL')
      .andWhere('b.no_show_dispute_decision IS NULL')
      .andWhere('b.beneficiary_id IN (SELECT id FROM beneficiary WHERE residence_kato LIKE :prefix)', {
        prefix: `${residencePrefix}%`,
      })
      .orderBy('b.noShowDisputedAt', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Who rides these bookings (name and phone), for a dispatcher's list. */
  ridersOf(bookingIds: readonly string[]): Promise<RiderContactRow[]> {
    if (bookingIds.length === 0) return Promise.resolve([]);
    return this.ds.query(
      `SELECT b.id, p.full_name AS "fullName", p.phone
         FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id WHERE b.id = ANY($1)`,
      [bookingIds],
    );
  }

  /**
   * Why staff changed these rides of the person (replaced by a change): the reason in the change's
   * audit entry, by the replaced ride's id. Reached through the person's rides (indexed), not a
   * scan of the audit log.
   */
  async changeReasonsOf(beneficiaryId: string, replacedIds: readonly string[]): Promise<Map<string, string>> {
    if (!replacedIds.length) return new Map();
    const rows = (await this.ds.query(
      `SELECT a.after->>'replaces' AS id, a.after->>'reason' AS reason
         FROM booking n JOIN audit_log a ON a.entity_type = 'booking' AND a.entity_id = n.id::text
        WHERE n.beneficiary_id = $1 AND a.action = 'booking.changed'
          AND a.after->>'replaces' = ANY($2) AND a.after->>'reason' IS NOT NULL`,
      [beneficiaryId, replacedIds],
    )) as { id: string; reason: string }[];
    return new Map(rows.map((r) => [r.id, r.reason]));
  }

  /** Whether the shift is one of the provider's. */
  async isShiftOfProvider(shiftId: string, providerId: string): Promise<boolean> {
    const rows = (await this.ds.query('SELECT 1 FROM shift WHERE id = $1 AND provider_id = $2', [
      shiftId,
      providerId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** How many of the person's rides in these statuses were requested for a time in [from, to). */
  async countRequestedBetween(
    beneficiaryId: string,
    statuses: readonly BookingStatus[],
    from: Date,
    to: Date,
  ): Promise<number> {
    const [row] = (await this.ds.query(
      'SELECT count(*) AS n FROM booking WHERE beneficiary_id = $1 AND status = ANY($2) AND requested_time >= $3 AND requested_time < $4',
      [beneficiaryId, statuses, from, to],
    )) as { n: string }[];
    return Number(row?.n ?? 0);
  }

  /** Every no-show of the person: when (arrival, else the window's start) and whether forgiven. */
  async noShowsOf(m: EntityManager, beneficiaryId: string): Promise<NoShowRow[]> {
    const rows = (await m.query(
      `SELECT COALESCE(arrived_at, pickup_earliest) AS at, no_show_forgiven_at IS NOT NULL AS forgiven,
              (no_show_disputed_at IS NOT NULL AND no_show_dispute_decision IS NULL) AS "disputePending"
         FROM booking WHERE beneficiary_id = $1 AND status = 'NO_SHOW'`,
      [beneficiaryId],
    )) as NoShowRow[];
    return rows.map((r) => ({ at: new Date(r.at), forgiven: r.forgiven, disputePending: r.disputePending }));
  }
}

/** One page of `qb` (alias b) in (time, id) order after the cursor, plus one row if there is more. */
function pageOf(
  qb: SelectQueryBuilder<BookingEntity>,
  page: RidePage,
  by: keyof typeof KEYSET_COLUMN,
  dir: 'ASC' | 'DESC',
): Promise<BookingEntity[]> {
  const column = KEYSET_COLUMN[by];
  const c = page.after;
  if (c) qb.andWhere(`(${column}, b.id) ${dir === 'ASC' ? '>' : '<'} (:t, :cid)`, { t: c.t, cid: c.id });
  return qb
    .orderBy(column, dir)
    .addOrderBy('b.id', dir)
    .limit(page.limit + 1)
    .getMany();
}
