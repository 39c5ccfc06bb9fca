import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertProvider, assertRegion, forbid, type Principal } from '@invataxi/auth';
import {
  DomainError,
  endOfLocalMonth,
  katoPrefix,
  localDateOf,
  localDateTimeToUtc,
  type BillingActStatus,
} from '@invataxi/domain';
import { transact, type Actor } from '@invataxi/persistence';
import { computeAct, type ActRide, type ActTariff, type PortalActLine } from '@invataxi/portal';
import { JobName, message } from '@invataxi/queue';

export interface BillingActView {
  id: string;
  providerId: string;
  providerBin: string;
  regionKato: string;
  month: string;
  status: BillingActStatus;
  completedTrips: number;
  noShows: number;
  plannedMetres: number;
  actualMetres: number;
  amountTenge: number;
  approvedByUserId: string | null;
  submittedAt: string | null;
  portalReference: string | null;
  rejectionReason: string | null;
  paidAt: string | null;
  version: number;
  lines: PortalActLine[];
}

interface ActRow {
  id: string;
  provider_id: string;
  bin: string;
  region_kato: string;
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
  lines: PortalActLine[];
}

const SELECT_ACT = `SELECT a.id, a.provider_id, p.bin, a.region_kato, to_char(a.month, 'YYYY-MM') AS month, a.status,
       a.completed_trips, a.no_shows, a.planned_metres, a.actual_metres, a.amount_tenge, a.approved_by_user_id,
       a.submitted_at, a.portal_reference, a.rejection_reason, a.paid_at, a.version, a.lines
  FROM billing_act a JOIN provider p ON p.id = a.provider_id`;

function view(r: ActRow): BillingActView {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: r.id,
    providerId: r.provider_id,
    providerBin: r.bin,
    regionKato: r.region_kato,
    month: r.month,
    status: r.status,
    completedTrips: r.completed_trips,
    noShows: r.no_shows,
    plannedMetres: Number(r.planned_metres),
    actualMetres: Number(r.actual_metres),
    amountTenge: Number(r.amount_tenge),
    approvedByUserId: r.approved_by_user_id,
    submittedAt: iso(r.submitted_at),
    portalReference: r.portal_reference,
    rejectionReason: r.rejection_reason,
    paidAt: iso(r.paid_at),
    version: r.version,
    lines: r.lines,
  };
}

function actorOf(p: Principal, requestId: string): Actor {
  return { userId: p.userId, role: p.role, requestId };
}

/**
 * Monthly billing acts (issue 8): the region's LEB officer generates an act per provider,
 * region and month from the rides in PostgreSQL, reviews it (and its CSV/XLSX export),
 * approves it; approval hands it to the SubmitBillingAct job through the outbox, and the
 * Portal's payment answer comes back by poll or signed callback. Raw SQL for the act: its
 * jsonb lines make TypeORM's typed finders recurse too deeply.
 */
@Injectable()
export class BillingActService {
  constructor(private readonly ds: DataSource) {}

  async generate(
    p: Principal,
    cmd: { providerId: string; regionKato: string; month: string },
    requestId: string,
  ): Promise<BillingActView> {
    assertRegion(p, cmd.regionKato);
    const from = localDateTimeToUtc(`${cmd.month}-01`, '00:00');
    const to = endOfLocalMonth(from);
    return transact(this.ds, actorOf(p, requestId), async (uow) => {
      const m = uow.manager;
      const provider: { id: string }[] = await m.query('SELECT id FROM provider WHERE id = $1', [
        cmd.providerId,
      ]);
      if (!provider[0]) throw new DomainError('NOT_FOUND', { entity: 'provider', id: cmd.providerId });
      const rides = await this.rides(m, cmd.providerId, cmd.regionKato, from, to);
      const tariffs: ActTariff[] = (
        await m.query(
          `SELECT tariff_per_trip, tariff_per_km, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
                  to_char(valid_to, 'YYYY-MM-DD') AS valid_to
             FROM provider_contract WHERE provider_id = $1 ORDER BY valid_from`,
          [cmd.providerId],
        )
      ).map(
        (t: {
          tariff_per_trip: number;
          tariff_per_km: number;
          valid_from: string;
          valid_to: string | null;
        }) => ({
          tariffPerTrip: t.tariff_per_trip,
          tariffPerKm: t.tariff_per_km,
          validFrom: t.valid_from,
          validTo: t.valid_to,
        }),
      );
      const act = computeAct(rides, tariffs);
      if (!act.ok)
        throw new DomainError('CONFLICT', {
          reason: 'NO_CONTRACT_FOR_RIDES',
          bookings: act.unpriced.slice(0, 50),
        });
      const t = act.totals;
      // Regenerating is allowed while the act is a DRAFT, or after the Portal rejected it (a corrected act).
      const saved: { id: string }[] = await m.query(
        `INSERT INTO billing_act (provider_id, region_kato, month, status, completed_trips, no_shows, planned_metres,
                                  actual_metres, amount_tenge, lines, version)
         VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7, $8, $9::jsonb, 1)
         ON CONFLICT ON CONSTRAINT uq_billing_act_period DO UPDATE SET
           status = 'DRAFT', completed_trips = EXCLUDED.completed_trips, no_shows = EXCLUDED.no_shows,
           planned_metres = EXCLUDED.planned_metres, actual_metres = EXCLUDED.actual_metres,
           amount_tenge = EXCLUDED.amount_tenge, lines = EXCLUDED.lines, approved_by_user_id = NULL,
           rejection_reason = NULL, version = billing_act.version + 1, updated_at = now()
         WHERE billing_act.status IN ('DRAFT', 'REJECTED')
         RETURNING id`,
        [
          cmd.providerId,
          cmd.regionKato,
          `${cmd.month}-01`,
          t.completedTrips,
          t.noShows,
          t.plannedMetres,
          t.actualMetres,
          t.amountTenge,
          JSON.stringify(t.lines),
        ],
      );
      if (!saved[0]) throw new DomainError('CONFLICT', { reason: 'ACT_ALREADY_APPROVED', month: cmd.month });
      const out = await this.load(m, saved[0].id);
      uow.audit({
        action: 'billing_act.generated',
        entityType: 'billing_act',
        entityId: out.id,
        after: {
          providerId: out.providerId,
          regionKato: out.regionKato,
          month: out.month,
          completedTrips: out.completedTrips,
          noShows: out.noShows,
          amountTenge: out.amountTenge,
          version: out.version,
        },
      });
      return out;
    });
  }

  async approve(
    p: Principal,
    id: string,
    expectedVersion: number,
    requestId: string,
  ): Promise<BillingActView> {
    return transact(this.ds, actorOf(p, requestId), async (uow) => {
      const m = uow.manager;
      const act = await this.load(m, id, true);
      assertRegion(p, act.regionKato);
      if (act.version !== expectedVersion)
        throw new DomainError('STALE_VERSION', {
          entity: 'billing_act',
          expected: expectedVersion,
          actual: act.version,
        });
      if (act.status !== 'DRAFT')
        throw new DomainError('ILLEGAL_TRANSITION', {
          entity: 'billing_act',
          from: act.status,
          to: 'APPROVED',
        });
      await m.query(
        `UPDATE billing_act SET status = 'APPROVED', approved_by_user_id = $2, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, p.userId],
      );
      const version = act.version + 1;
      uow.audit({
        action: 'billing_act.approved',
        entityType: 'billing_act',
        entityId: id,
        before: { status: 'DRAFT', version: act.version },
        after: { status: 'APPROVED', version, amountTenge: act.amountTenge },
      });
      uow.enqueue(message(JobName.SubmitBillingAct, { actId: id, version }, `${id}.v${version}`));
      return this.load(m, id);
    });
  }

  async get(p: Principal, id: string): Promise<BillingActView> {
    const act = await this.load(this.ds.manager, id);
    this.assertMayRead(p, act);
    return act;
  }

  async list(
    p: Principal,
    q: { regionKato?: string; month?: string; status?: BillingActStatus; providerId?: string },
  ): Promise<BillingActView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    switch (p.role) {
      case 'LEB_OFFICER':
        if (!p.regionKato) forbid('region');
        add('a.region_kato LIKE ?', `${katoPrefix(p.regionKato)}%`);
        break;
      case 'PROVIDER_ADMIN':
        if (!p.providerId) forbid('provider');
        add('a.provider_id = ?', p.providerId);
        break;
      case 'MINISTRY_ANALYST':
        break;
      default:
        forbid('role');
    }
    if (q.regionKato) add('a.region_kato = ?', q.regionKato);
    if (q.month) add("a.month = (? || '-01')::date", q.month);
    if (q.status) add('a.status = ?', q.status);
    if (q.providerId) add('a.provider_id = ?', q.providerId);
    const rows: ActRow[] = await this.ds.query(
      `${SELECT_ACT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.month DESC, a.region_kato LIMIT 500`,
      params,
    );
    return rows.map(view);
  }

  private assertMayRead(p: Principal, act: BillingActView): void {
    if (p.role === 'LEB_OFFICER') return assertRegion(p, act.regionKato);
    if (p.role === 'PROVIDER_ADMIN') return assertProvider(p, act.providerId);
    if (p.role === 'MINISTRY_ANALYST') return;
    forbid('role');
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<BillingActView> {
    const rows: ActRow[] = await m.query(`${SELECT_ACT} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [
      id,
    ]);
    if (!rows[0]) throw new DomainError('NOT_FOUND', { entity: 'billing_act', id });
    return view(rows[0]);
  }

  /**
   * The provider's rides in the region whose service day falls in the month: completed and
   * no-shows. Cancelled, rejected and expired rides are not billed, by the status filter.
   */
  private async rides(
    m: EntityManager,
    providerId: string,
    regionKato: string,
    from: Date,
    to: Date,
  ): Promise<ActRide[]> {
    const rows: {
      id: string;
      portal_order_id: string | null;
      status: 'COMPLETED' | 'NO_SHOW';
      planned_pickup_at: Date | null;
      actual_pickup_at: Date | null;
      actual_dropoff_at: Date | null;
      direct_metres: number;
      actual_metres: number | null;
      service_at: Date;
    }[] = await m.query(
      `SELECT b.id, b.portal_order_id, b.status, b.planned_pickup_at, b.actual_pickup_at, b.actual_dropoff_at,
              b.direct_metres, b.actual_metres,
              COALESCE(b.actual_pickup_at, b.arrived_at, b.planned_pickup_at, b.pickup_earliest) AS service_at
         FROM booking b JOIN shift s ON s.id = b.shift_id
        WHERE s.provider_id = $1 AND b.region_kato = $2 AND b.status IN ('COMPLETED', 'NO_SHOW')
          AND COALESCE(b.actual_pickup_at, b.arrived_at, b.planned_pickup_at, b.pickup_earliest) >= $3
          AND COALESCE(b.actual_pickup_at, b.arrived_at, b.planned_pickup_at, b.pickup_earliest) < $4`,
      [providerId, regionKato, from, to],
    );
    return rows.map((r) => ({
      bookingId: r.id,
      portalOrderId: r.portal_order_id,
      status: r.status,
      serviceDate: localDateOf(r.service_at),
      plannedPickupAt: r.planned_pickup_at,
      actualPickupAt: r.actual_pickup_at,
      actualDropoffAt: r.actual_dropoff_at,
      plannedMetres: r.direct_metres,
      actualMetres: r.actual_metres,
    }));
  }
}
