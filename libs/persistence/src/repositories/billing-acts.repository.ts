import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BillingActStatus } from '@invataxi/domain';

/** A billing act as the Portal is sent it, with its provider's BIN. */
export interface BillingActForPortal {
  id: string;
  status: string;
  version: number;
  region_kato: string;
  /** YYYY-MM */
  month: string;
  completed_trips: number;
  no_shows: number;
  planned_metres: string;
  actual_metres: string;
  amount_tenge: string;
  /** The act's lines as stored (jsonb): the caller knows their shape. */
  lines: unknown;
  bin: string;
  act_version: number;
  supersedes_act_id: string | null;
  correction_reason: string | null;
  /** The canonical JSON issued at approval (null for an act approved before acts were signed). */
  signed_body: string | null;
  signature: string | null;
  signing_certificate: string | null;
}

/** What the Portal's payment answer is checked against. */
export interface BillingActPaymentState {
  id: string;
  status: BillingActStatus;
  version: number;
  portal_reference: string | null;
}

/** A billing act as the LEB officer reviews it, with its provider's BIN. */
export interface BillingActRow {
  id: string;
  provider_id: string;
  bin: string;
  region_kato: string;
  /** YYYY-MM */
  month: string;
  status: BillingActStatus;
  completed_trips: number;
  no_shows: number;
  planned_metres: string;
  actual_metres: string;
  amount_tenge: string;
  approved_by_user_id: string | null;
  submitted_at: Date | null;
  portal_reference: string | null;
  rejection_reason: string | null;
  paid_at: Date | null;
  version: number;
  /** The act's lines as stored (jsonb): the caller knows their shape. */
  lines: unknown;
  act_version: number;
  supersedes_act_id: string | null;
  correction_reason: string | null;
  superseded_by_act_id: string | null;
  superseded_at: Date | null;
  signed_body: string | null;
  signature: string | null;
  signing_certificate: string | null;
  updated_at: Date;
}

/** What issuing an act at its approval writes: the bytes handed to the Portal and their signature. */
export interface IssuedAct {
  signedBody: string;
  signature: string | null;
  signingCertificate: string | null;
}

/** Which acts a list shows: each given condition must hold. */
export interface BillingActFilter {
  /** KATO prefix of the reader's region. */
  regionPrefix?: string;
  /** The reader's own provider. */
  ownProviderId?: string;
  regionKato?: string;
  /** YYYY-MM */
  month?: string;
  status?: BillingActStatus;
  providerId?: string;
}

/** A contract's tariff, its validity as local dates. */
export interface ContractTariffRow {
  tariff_per_trip: number;
  tariff_per_km: number;
  valid_from: string;
  valid_to: string | null;
}

/** A ride the act bills: completed or a no-show, with the day it was served. */
export interface BilledRideRow {
  id: string;
  portal_order_id: string | null;
  status: 'COMPLETED' | 'NO_SHOW';
  planned_pickup_at: Date | null;
  actual_pickup_at: Date | null;
  actual_dropoff_at: Date | null;
  direct_metres: number;
  actual_metres: number | null;
  service_at: Date;
}

/** A month's act as computed from its rides. */
export interface DraftAct {
  providerId: string;
  regionKato: string;
  /** YYYY-MM */
  month: string;
  completedTrips: number;
  noShows: number;
  plannedMetres: number;
  actualMetres: number;
  amountTenge: number;
  lines: unknown;
}

const SELECT_ACT = `SELECT a.id, a.provider_id, p.bin, a.region_kato, to_char(a.month, 'YYYY-MM') AS month, a.status,
       a.completed_trips, a.no_shows, a.planned_metres, a.actual_metres, a.amount_tenge, a.approved_by_user_id,
       a.submitted_at, a.portal_reference, a.rejection_reason, a.paid_at, a.version, a.lines, a.act_version,
       a.supersedes_act_id, a.correction_reason, a.superseded_by_act_id, a.superseded_at, a.signed_body, a.signature,
       a.signing_certificate, a.updated_at
  FROM billing_act a JOIN provider p ON p.id = a.provider_id`;

/**
 * The monthly billing acts: generated and approved by the LEB officer, submitted to the Portal,
 * polled for their payment. Raw SQL: the act's jsonb lines make TypeORM's typed finders recurse
 * too deeply.
 */
@Injectable()
export class BillingActsRepository {
  constructor(private readonly ds: DataSource) {}

  async findForPortal(actId: string): Promise<BillingActForPortal | null> {
    const rows: BillingActForPortal[] = await this.ds.query(
      `SELECT a.id, a.status, a.version, a.region_kato, to_char(a.month, 'YYYY-MM') AS month, a.completed_trips,
              a.no_shows, a.planned_metres, a.actual_metres, a.amount_tenge, a.lines, p.bin, a.act_version,
              a.supersedes_act_id, a.correction_reason, a.signed_body, a.signature, a.signing_certificate
         FROM billing_act a JOIN provider p ON p.id = a.provider_id WHERE a.id = $1`,
      [actId],
    );
    return rows[0] ?? null;
  }

  /** APPROVED at `version` -> SUBMITTED with the Portal's reference; false when the act moved on. */
  async markSubmitted(m: EntityManager, actId: string, version: number, reference: string): Promise<boolean> {
    const res: unknown[] = await m.query(
      `UPDATE billing_act SET status = 'SUBMITTED', submitted_at = now(), portal_reference = $3,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status = 'APPROVED' RETURNING id`,
      [actId, version, reference],
    );
    return (res[0] as unknown[]).length > 0;
  }

  /** SUBMITTED acts the Portal gave a reference for, oldest submission first (at most 500). */
  findAwaitingPayment(): Promise<{ id: string; portal_reference: string }[]> {
    return this.ds.query(
      `SELECT id, portal_reference FROM billing_act WHERE status = 'SUBMITTED' AND portal_reference IS NOT NULL
        ORDER BY submitted_at LIMIT 500`,
    );
  }

  /**
   * The act's state, locked until the transaction ends, or null. Raw SQL: the act's jsonb lines
   * make TypeORM's typed finders recurse too deeply.
   */
  async lockForPayment(m: EntityManager, actId: string): Promise<BillingActPaymentState | null> {
    const rows: BillingActPaymentState[] = await m.query(
      'SELECT id, status, version, portal_reference FROM billing_act WHERE id = $1 FOR UPDATE',
      [actId],
    );
    return rows[0] ?? null;
  }

  /** The Portal's final answer: PAID (with when) or REJECTED (with why). */
  async recordPayment(
    m: EntityManager,
    actId: string,
    answer: { status: 'PAID' | 'REJECTED'; paidAt: Date | null; rejectionReason: string | null },
  ): Promise<void> {
    await m.query(
      `UPDATE billing_act SET status = $2, paid_at = $3, rejection_reason = $4, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [actId, answer.status, answer.paidAt, answer.rejectionReason],
    );
  }

  /** The act as the LEB officer reviews it, with its provider's BIN; `lock`: FOR UPDATE of the act. */
  async findAct(m: EntityManager, actId: string, lock = false): Promise<BillingActRow | null> {
    const rows: BillingActRow[] = await m.query(
      `${SELECT_ACT} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`,
      [actId],
    );
    return rows[0] ?? null;
  }

  /** Acts matching every given condition, the latest month first (at most 500). */
  listActs(f: BillingActFilter): Promise<BillingActRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.regionPrefix !== undefined) add('a.region_kato LIKE ?', `${f.regionPrefix}%`);
    if (f.regionKato) add('a.region_kato = ?', f.regionKato);
    if (f.month) add("a.month = (? || '-01')::date", f.month);
    if (f.status) add('a.status = ?', f.status);
    for (const providerId of [f.ownProviderId, f.providerId])
      if (providerId) add('a.provider_id = ?', providerId);
    return this.ds.query(
      `${SELECT_ACT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.month DESC, a.region_kato LIMIT 500`,
      params,
    );
  }

  async providerExists(m: EntityManager, providerId: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT id FROM provider WHERE id = $1', [providerId]);
    return rows.length > 0;
  }

  /** Every contract's tariff of the provider, the earliest first. */
  tariffsOfProvider(m: EntityManager, providerId: string): Promise<ContractTariffRow[]> {
    return m.query(
      `SELECT tariff_per_trip, tariff_per_km, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
              to_char(valid_to, 'YYYY-MM-DD') AS valid_to
         FROM provider_contract WHERE provider_id = $1 ORDER BY valid_from`,
      [providerId],
    );
  }

  /**
   * The provider's rides in the region whose service day falls in [from, to): completed and
   * no-shows. Cancelled, rejected and expired rides are not billed, by the status filter; nor is
   * a ride with a driver's status flagged as doubtful that no dispatcher has confirmed (issue 18).
   */
  ridesToBill(
    m: EntityManager,
    providerId: string,
    regionKato: string,
    from: Date,
    to: Date,
  ): Promise<BilledRideRow[]> {
    return m.query(
      `SELECT b.id, b.portal_order_id, b.status, b.planned_pickup_at, b.actual_pickup_at, b.actual_dropoff_at,
              b.direct_metres, b.actual_metres,
              COALESCE(b.actual_pickup_at, b.arrived_at, b.planned_pickup_at, b.pickup_earliest) AS service_at
         FROM booking b JOIN shift s ON s.id = b.shift_id
        WHERE s.provider_id = $1 AND b.region_kato = $2 AND b.status IN ('COMPLETED', 'NO_SHOW')
          AND NOT EXISTS (SELECT 1 FROM status_anomaly a WHERE a.booking_id = b.id AND a.review <> 'CONFIRMED')
          AND COALESCE(b.actual_pickup_at, b.arrived_at, b.planned_pickup_at, b.pickup_earliest) >= $3
          AND COALESCE(b.actual_pickup_at, b.arrived_at, b.planned_pickup_at, b.pickup_earliest) < $4`,
      [providerId, regionKato, from, to],
    );
  }

  /** The period's latest act version (the one a new generation or correction starts from), or null. */
  async latestOfPeriod(
    m: EntityManager,
    period: { providerId: string; regionKato: string; month: string },
  ): Promise<BillingActRow | null> {
    const rows: BillingActRow[] = await m.query(
      `${SELECT_ACT} WHERE a.provider_id = $1 AND a.region_kato = $2 AND a.month = ($3 || '-01')::date
        ORDER BY a.act_version DESC LIMIT 1 FOR UPDATE OF a`,
      [period.providerId, period.regionKato, period.month],
    );
    return rows[0] ?? null;
  }

  /**
   * A new DRAFT act: version 1 of a month, or the correction `actVersion` of the act it supersedes.
   * Two writers racing for the same version meet the period's unique (provider, region, month, version).
   */
  async insertDraft(
    m: EntityManager,
    act: DraftAct,
    version: { actVersion: number; supersedesActId: string | null; correctionReason: string | null },
  ): Promise<string> {
    const saved: { id: string }[] = await m.query(
      `INSERT INTO billing_act (provider_id, region_kato, month, status, completed_trips, no_shows, planned_metres,
                                actual_metres, amount_tenge, lines, act_version, supersedes_act_id, correction_reason, version)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, 1)
       RETURNING id`,
      [
        act.providerId,
        act.regionKato,
        `${act.month}-01`,
        act.completedTrips,
        act.noShows,
        act.plannedMetres,
        act.actualMetres,
        act.amountTenge,
        JSON.stringify(act.lines),
        version.actVersion,
        version.supersedesActId,
        version.correctionReason,
      ],
    );
    return saved[0]!.id;
  }

  /** A DRAFT recomputed from the rides: never issued, so it may change in place. */
  async recomputeDraft(m: EntityManager, actId: string, act: DraftAct): Promise<void> {
    await m.query(
      `UPDATE billing_act SET completed_trips = $2, no_shows = $3, planned_metres = $4, actual_metres = $5,
              amount_tenge = $6, lines = $7::jsonb, version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'DRAFT'`,
      [
        actId,
        act.completedTrips,
        act.noShows,
        act.plannedMetres,
        act.actualMetres,
        act.amountTenge,
        JSON.stringify(act.lines),
      ],
    );
  }

  /** DRAFT -> APPROVED, issued: the bytes handed to the Portal from now on and their signature. */
  async approve(m: EntityManager, actId: string, approvedByUserId: string, issued: IssuedAct): Promise<void> {
    await m.query(
      `UPDATE billing_act SET status = 'APPROVED', approved_by_user_id = $2, signed_body = $3, signature = $4,
              signing_certificate = $5, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [actId, approvedByUserId, issued.signedBody, issued.signature, issued.signingCertificate],
    );
  }

  /** The act a correction replaces, once the correction is approved: it stays, marked superseded. */
  async markSuperseded(m: EntityManager, actId: string, byActId: string): Promise<void> {
    await m.query(
      `UPDATE billing_act SET superseded_by_act_id = $2, superseded_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND superseded_by_act_id IS NULL`,
      [actId, byActId],
    );
  }

  /** Every version of the act's period, version 1 first. */
  versionsOfPeriodOf(actId: string): Promise<BillingActRow[]> {
    return this.ds.query(
      `${SELECT_ACT} JOIN billing_act o ON o.provider_id = a.provider_id AND o.region_kato = a.region_kato
          AND o.month = a.month
        WHERE o.id = $1 ORDER BY a.act_version`,
      [actId],
    );
  }

  /**
   * Issued acts (approved, with their signed body) changed at or after `since`, the oldest change
   * first: what the Portal pulls. At most `limit`.
   */
  issuedActsChangedSince(since: Date, limit: number): Promise<BillingActRow[]> {
    return this.ds.query(
      `${SELECT_ACT} WHERE a.signed_body IS NOT NULL AND a.updated_at >= $1 ORDER BY a.updated_at, a.id LIMIT $2`,
      [since, limit],
    );
  }

  async statusOf(m: EntityManager, actId: string): Promise<BillingActStatus | null> {
    const rows: { status: BillingActStatus }[] = await m.query(
      'SELECT status FROM billing_act WHERE id = $1',
      [actId],
    );
    return rows[0]?.status ?? null;
  }
}
