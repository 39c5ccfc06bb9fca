import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProcurementMethod, ProcurementStatus } from '@invataxi/domain';
import type { JsonObject } from '../entities/json';
import { ProcurementAlertEntity } from '../entities/procurement-alert.entity';
import { ProcurementRequestEntity } from '../entities/procurement-request.entity';

/** An alert to a region's LEB officer or a supplier's admins, raised once per event. */
export interface ProcurementAlertRow {
  regionKato: string;
  requestId: string | null;
  providerId: string | null;
  audience: 'LEB_OFFICER' | 'PROVIDER_ADMIN';
  kind: string;
  /** Ids, codes and figures only. */
  params: JsonObject;
  /** One alert per event: a second insert of the same key stores nothing. */
  dedupKey: string;
}

/** An open request that may serve a booking (null fields: none is open). */
export interface OpenRequestOfBooking {
  status: ProcurementStatus | null;
  method: ProcurementMethod | null;
  createdAt: Date | null;
  submittedAt: Date | null;
  /** Set on the booking's own request once AWARDED (its supplier is starting). */
  awardedAt: Date | null;
  /** AWARDED: the contract's first day. */
  contractStart: string | null;
  /** AWARDED: when its supplier's first shift (not cancelled) starts; null while it has none. */
  firstShiftAt: Date | null;
}

/**
 * When a provider's first shift that was not cancelled starts: an awarded supplier's service
 * starts then if that is before the date its riders were told (awardedServiceStart, walk t25 M1).
 */
export function firstShiftStartOf(providerId: string): string {
  return `(SELECT min(s.starts_at) FROM shift s WHERE s.provider_id = ${providerId} AND s.status <> 'CANCELLED')`;
}

/** Who reads alerts: a provider's admins, or a region's LEB officers (by KATO prefix). */
export type AlertReader =
  { audience: 'PROVIDER_ADMIN'; providerId: string } | { audience: 'LEB_OFFICER'; regionPrefix: string };

/** A booking gathered by a request, as the LEB officer reviews it: the rider by masked IIN only. */
export interface RequestBookingRow {
  id: string;
  status: string;
  pickup_kato: string;
  purpose: string;
  created_at: Date;
  pickup_earliest: Date;
  load_wheelchair_places: number;
  series_id: string | null;
  beneficiary_id: string;
  iin_masked: string;
}

/** The procurement fallback's requests (the officer's review and the worker's side) and the alerts they raise. */
/** An awarded request's onboarding facts (onboardingFacts). */
export interface OnboardingRow {
  id: string;
  region_kato: string;
  supplier_bin: string | null;
  awarded_at: Date;
  /** The award's invitation: {id, sentAt} or {none: why}; null for awards before issue 20. */
  invitation: { id?: string; sentAt?: string | null; none?: string } | null;
  /** The last invitation to its administrators (the award's, or one the officer sent since). */
  last_invitation_id: string | null;
  invited_at: Date | null;
  /** When its link last went out: after invited_at once the officer sent it again. */
  invitation_sent_at: Date | null;
  invitation_expires_at: Date | null;
  invitation_accepted_at: Date | null;
  signed_in_at: Date | null;
  fleet_added_at: Date | null;
  first_shift_at: Date | null;
}

/** An onboarding row's dates as the onboarding rule reads them (@invataxi/procurement onboardingState). */
export function onboardingDatesOf(o: OnboardingRow): {
  awardedAt: Date;
  invitedAt: Date | null;
  signedInAt: Date | null;
  fleetAddedAt: Date | null;
  firstShiftAt: Date | null;
} {
  return {
    awardedAt: o.awarded_at,
    invitedAt: o.invited_at,
    signedInAt: o.signed_in_at ?? o.invitation_accepted_at,
    fleetAddedAt: o.fleet_added_at,
    firstShiftAt: o.first_shift_at,
  };
}

@Injectable()
export class ProcurementRequestsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Holds the region's procurement for the caller's transaction: the demand aggregation and
   * every officer's act on a request (review, submit, cancel, resubmit) take it first, so the
   * aggregation never decides on a request's status that an act is changing under it (a DRAFT
   * submitted mid-aggregation was replaced by a new DRAFT holding its bookings: bought twice).
   */
  async lockRegionProcurement(m: EntityManager, regionKato: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `procurement.aggregate.${regionKato.trim()}`,
    ]);
  }

  /** The request's region (it never changes), read without a lock; null when there is none. */
  async regionOf(m: EntityManager, requestId: string): Promise<string | null> {
    const rows: { region_kato: string }[] = await m.query(
      `SELECT region_kato FROM procurement_request WHERE id = $1`,
      [requestId],
    );
    return rows[0]?.region_kato.trim() ?? null;
  }

  /** Stores the alert unless its dedup key is taken: its id, or null for a repeat. */
  async insertAlert(m: EntityManager, a: ProcurementAlertRow): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO procurement_alert (region_kato, request_id, provider_id, audience, kind, params, dedup_key)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [a.regionKato, a.requestId, a.providerId, a.audience, a.kind, JSON.stringify(a.params), a.dedupKey],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Requests stuck at their real stage (issue 20), at most 1,000, oldest first: a DRAFT made
   * before `before` that rides still wait for, and a request SUBMITTED before `before`. A request
   * at another stage never escalates as if it were a DRAFT (an onboarding that stalls:
   * `onboardingFacts`).
   */
  findWaitingSince(before: Date): Promise<{ id: string; region_kato: string; status: string }[]> {
    return this.ds.query(
      `SELECT r.id, r.region_kato, r.status FROM procurement_request r
        WHERE (r.status = 'DRAFT' AND r.created_at < $1
               AND EXISTS (SELECT 1 FROM booking b WHERE b.procurement_request_id = r.id
                            AND b.status = 'AWAITING_PROCUREMENT'))
           OR (r.status = 'SUBMITTED' AND r.submitted_at < $1)
        ORDER BY r.created_at LIMIT 1000`,
      [before],
    );
  }

  /**
   * How far each awarded supplier has come (issue 20): the last invitation to its administrator
   * (made, sent, accepted, expiring), its administrators' first sign-in, its first vehicle and
   * first shift. Of the given requests, or (no ids) of every AWARDED request whose supplier has
   * no shift yet (the stall check), at most 1,000.
   */
  async onboardingFacts(requestIds?: readonly string[]): Promise<OnboardingRow[]> {
    return this.ds.query(
      `SELECT r.id, r.region_kato, r.supplier_bin, r.awarded_at, r.award->'invitation' AS invitation,
              i.id AS last_invitation_id, i.created_at AS invited_at, i.sent_at AS invitation_sent_at,
              i.expires_at AS invitation_expires_at,
              i.accepted_at AS invitation_accepted_at,
              (SELECT min(s.created_at) FROM auth_session s JOIN app_user u ON u.id = s.user_id
                WHERE u.provider_id = r.awarded_provider_id AND u.role = 'PROVIDER_ADMIN') AS signed_in_at,
              (SELECT min(v.created_at) FROM vehicle v WHERE v.provider_id = r.awarded_provider_id) AS fleet_added_at,
              (SELECT min(s.created_at) FROM shift s WHERE s.provider_id = r.awarded_provider_id) AS first_shift_at
         FROM procurement_request r
         LEFT JOIN LATERAL (SELECT id, created_at, sent_at, expires_at, accepted_at FROM invitation
                             WHERE provider_id = r.awarded_provider_id AND role = 'PROVIDER_ADMIN'
                             ORDER BY created_at DESC LIMIT 1) i ON true
        WHERE r.status = 'AWARDED' AND r.awarded_provider_id IS NOT NULL
          AND ($1::uuid[] IS NULL AND NOT EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = r.awarded_provider_id)
               OR r.id = ANY($1::uuid[]))
        ORDER BY r.awarded_at LIMIT 1000`,
      [requestIds ?? null],
    );
  }

  /**
   * The invitation the award made for the supplier's administrator, and when its SMS went (null:
   * the gateway did not take it). On the request's award, beside the contact it was sent to.
   */
  async recordSupplierInvitation(
    requestId: string,
    invitationId: string,
    sentAt: Date | null,
  ): Promise<void> {
    await this.ds.query(
      `UPDATE procurement_request
          SET award = jsonb_set(award, '{invitation}', jsonb_build_object('id', $2::text, 'sentAt', $3::timestamptz))
        WHERE id = $1`,
      [requestId, invitationId, sentAt],
    );
  }

  /**
   * What the officer's list says of each request beyond its row: rides waiting on it now, and
   * whether its awarded supplier has had a shift (onboarding over).
   */
  async stageFacts(
    requestIds: readonly string[],
  ): Promise<Map<string, { waiting: number; supplierHasShift: boolean; firstShiftAt: Date | null }>> {
    if (requestIds.length === 0) return new Map();
    const rows: { id: string; waiting: number; has_shift: boolean; first_shift_at: Date | null }[] =
      await this.ds.query(
        `SELECT r.id,
              (SELECT count(*)::int FROM booking b WHERE b.procurement_request_id = r.id
                 AND b.status = 'AWAITING_PROCUREMENT') AS waiting,
              (r.awarded_provider_id IS NOT NULL AND EXISTS (
                 SELECT 1 FROM shift s WHERE s.provider_id = r.awarded_provider_id)) AS has_shift,
              ${firstShiftStartOf('r.awarded_provider_id')} AS first_shift_at
         FROM procurement_request r WHERE r.id = ANY($1::uuid[])`,
        [requestIds],
      );
    return new Map(
      rows.map((r) => [
        r.id,
        { waiting: r.waiting, supplierHasShift: r.has_shift, firstShiftAt: r.first_shift_at },
      ]),
    );
  }

  /** A day's figures of a region for the officers' digest. */
  async digestOfRegion(
    regionKato: string,
  ): Promise<{ drafts: number; waiting: number; inFlight: number; onboarding: number }> {
    const rows: { drafts: number; waiting: number; in_flight: number; onboarding: number }[] =
      await this.ds.query(
        `SELECT (SELECT count(*)::int FROM procurement_request WHERE region_kato = $1 AND status = 'DRAFT') AS drafts,
              (SELECT count(*)::int FROM booking WHERE region_kato = $1 AND status = 'AWAITING_PROCUREMENT') AS waiting,
              (SELECT count(*)::int FROM procurement_request WHERE region_kato = $1
                 AND status IN ('SUBMITTED', 'PUBLISHED')) AS in_flight,
              (SELECT count(*)::int FROM procurement_request r WHERE r.region_kato = $1 AND r.status = 'AWARDED'
                 AND NOT EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = r.awarded_provider_id)) AS onboarding`,
        [regionKato],
      );
    const r = rows[0];
    return {
      drafts: r?.drafts ?? 0,
      waiting: r?.waiting ?? 0,
      inFlight: r?.in_flight ?? 0,
      onboarding: r?.onboarding ?? 0,
    };
  }

  /** Regions with anything to tell their officers: an open request or a ride waiting for one. */
  async regionsWithProcurement(): Promise<string[]> {
    const rows: { region_kato: string }[] = await this.ds.query(
      `SELECT r.region_kato FROM procurement_request r
        WHERE r.status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')
           OR (r.status = 'AWARDED' AND NOT EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = r.awarded_provider_id))
       UNION SELECT region_kato FROM booking WHERE status = 'AWAITING_PROCUREMENT'`,
    );
    return rows.map((r) => r.region_kato.trim());
  }

  /**
   * PUBLISHED lots with their id in the procurement system (at most 500, oldest submission
   * first), but not those whose award could not be applied: they wait for the officer's retry.
   */
  findPublished(): Promise<{ id: string; external_id: string }[]> {
    return this.ds.query(
      `SELECT id, external_id FROM procurement_request
        WHERE status = 'PUBLISHED' AND external_id IS NOT NULL AND award_error IS NULL
        ORDER BY submitted_at, id LIMIT 500`,
    );
  }

  /** SUBMITTED requests untouched since `staleBefore` (at most 1,000). */
  findSubmittedBefore(staleBefore: Date): Promise<{ id: string; version: number }[]> {
    return this.ds.query(
      `SELECT id, version FROM procurement_request WHERE status = 'SUBMITTED' AND updated_at < $1 LIMIT 1000`,
      [staleBefore],
    );
  }

  /**
   * The region's DRAFTs of other periods than `periodStart` that no waiting booking belongs to
   * any more, locked for the caller's transaction.
   */
  lockAbandonedDrafts(
    m: EntityManager,
    regionKato: string,
    periodStart: string,
  ): Promise<{ id: string; version: number }[]> {
    return m.query(
      `SELECT r.id, r.version FROM procurement_request r
        WHERE r.region_kato = $1 AND r.status = 'DRAFT' AND r.period_start <> $2
          AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.procurement_request_id = r.id
                           AND b.status = 'AWAITING_PROCUREMENT')
        FOR UPDATE`,
      [regionKato, periodStart],
    );
  }

  /**
   * The open requests (DRAFT, SUBMITTED, PUBLISHED) that may serve the booking: the one it is
   * linked to, or the region's that covers its pickup. One row with nulls when none is open;
   * null when the booking is unknown.
   */
  async openRequestsOfBooking(m: EntityManager, bookingId: string): Promise<OpenRequestOfBooking[] | null> {
    const rows: OpenRequestOfBooking[] = await m.query(
      `SELECT r.status, r.method, r.created_at AS "createdAt", r.submitted_at AS "submittedAt",
              r.awarded_at AS "awardedAt", r.award->>'contractStart' AS "contractStart",
              ${firstShiftStartOf('r.awarded_provider_id')} AS "firstShiftAt"
         FROM booking b
         LEFT JOIN procurement_request r
           ON (r.status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')
               AND (r.id = b.procurement_request_id OR (r.region_kato = b.region_kato AND b.pickup_kato = ANY(r.uncovered_kato))))
           -- The booking's own request once awarded: its supplier is starting (walk t25 m1).
           OR (r.status = 'AWARDED' AND r.id = b.procurement_request_id)
        WHERE b.id = $1`,
      [bookingId],
    );
    return rows.length === 0 ? null : rows;
  }

  /** Requests of the region (a KATO prefix; null: the country), the newest first (at most 500). */
  listOfRegion(prefix: string | null, status?: ProcurementStatus): Promise<ProcurementRequestEntity[]> {
    const qb = this.ds
      .getRepository(ProcurementRequestEntity)
      .createQueryBuilder('r')
      .orderBy('r.created_at', 'DESC')
      .take(500);
    if (prefix) qb.andWhere('left(r.region_kato, :len) = :prefix', { len: prefix.length, prefix });
    if (status) qb.andWhere('r.status = :status', { status });
    return qb.getMany();
  }

  /** The bookings the request gathered, with their riders' masked IINs only, in booking order. */
  bookingsOfRequest(requestId: string): Promise<RequestBookingRow[]> {
    return this.ds.query(
      `SELECT b.id, b.status, b.pickup_kato, b.purpose, b.created_at, b.pickup_earliest,
              b.load_wheelchair_places, b.series_id, b.beneficiary_id, ben.iin_masked
         FROM booking b JOIN beneficiary ben ON ben.id = b.beneficiary_id
        WHERE b.procurement_request_id = $1
        ORDER BY b.created_at, b.id`,
      [requestId],
    );
  }

  /** How many of the request's bookings still wait for it. */
  async countWaitingBookings(m: EntityManager, requestId: string): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM booking WHERE procurement_request_id = $1 AND status = 'AWAITING_PROCUREMENT'`,
      [requestId],
    );
    return rows[0]?.n ?? 0;
  }

  /** The bookings still waiting on a failed request wait on its successor now; how many moved. */
  async carryWaitingBookings(m: EntityManager, fromRequestId: string, toRequestId: string): Promise<number> {
    const [, moved] = (await m.query(
      `UPDATE booking SET procurement_request_id = $1
        WHERE procurement_request_id = $2 AND status = 'AWAITING_PROCUREMENT'`,
      [toRequestId, fromRequestId],
    )) as [unknown, number];
    return moved;
  }

  /** The alerts an audience reads, the newest first (at most 500); `openOnly`: not acknowledged yet. */
  alertsFor(reader: AlertReader, openOnly: boolean): Promise<ProcurementAlertEntity[]> {
    const qb = this.ds
      .getRepository(ProcurementAlertEntity)
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC')
      .take(500);
    if (reader.audience === 'PROVIDER_ADMIN')
      qb.where(`a.audience = 'PROVIDER_ADMIN' AND a.provider_id = :pid`, { pid: reader.providerId });
    else
      qb.where(`a.audience = 'LEB_OFFICER' AND left(a.region_kato, :len) = :prefix`, {
        len: reader.regionPrefix.length,
        prefix: reader.regionPrefix,
      });
    if (openOnly) qb.andWhere('a.acknowledged_at IS NULL');
    return qb.getMany();
  }
}
