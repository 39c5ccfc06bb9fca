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
import {
  BillingActsRepository,
  transact,
  type Actor,
  type BillingActFilter,
  type BillingActRow,
} from '@invataxi/persistence';
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

function view(r: BillingActRow): BillingActView {
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
    lines: r.lines as PortalActLine[],
  };
}

function actorOf(p: Principal, requestId: string): Actor {
  return { userId: p.userId, role: p.role, requestId };
}

/**
 * Monthly billing acts (issue 8): the region's LEB officer generates an act per provider,
 * region and month from the rides in PostgreSQL, reviews it (and its CSV/XLSX export),
 * approves it; approval hands it to the SubmitBillingAct job through the outbox, and the
 * Portal's payment answer comes back by poll or signed callback.
 */
@Injectable()
export class BillingActService {
  constructor(
    private readonly ds: DataSource,
    private readonly acts: BillingActsRepository,
  ) {}

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
      if (!(await this.acts.providerExists(m, cmd.providerId)))
        throw new DomainError('NOT_FOUND', { entity: 'provider', id: cmd.providerId });
      const rides = await this.rides(m, cmd.providerId, cmd.regionKato, from, to);
      const tariffs: ActTariff[] = (await this.acts.tariffsOfProvider(m, cmd.providerId)).map((t) => ({
        tariffPerTrip: t.tariff_per_trip,
        tariffPerKm: t.tariff_per_km,
        validFrom: t.valid_from,
        validTo: t.valid_to,
      }));
      const act = computeAct(rides, tariffs);
      if (!act.ok)
        throw new DomainError('CONFLICT', {
          reason: 'NO_CONTRACT_FOR_RIDES',
          bookings: act.unpriced.slice(0, 50),
        });
      const t = act.totals;
      const savedId = await this.acts.saveDraft(m, {
        providerId: cmd.providerId,
        regionKato: cmd.regionKato,
        month: cmd.month,
        completedTrips: t.completedTrips,
        noShows: t.noShows,
        plannedMetres: t.plannedMetres,
        actualMetres: t.actualMetres,
        amountTenge: t.amountTenge,
        lines: t.lines,
      });
      if (!savedId) throw new DomainError('CONFLICT', { reason: 'ACT_ALREADY_APPROVED', month: cmd.month });
      const out = await this.load(m, savedId);
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
      await this.acts.approve(m, id, p.userId);
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
    const f: BillingActFilter = {};
    switch (p.role) {
      case 'LEB_OFFICER':
        if (!p.regionKato) forbid('region');
        f.regionPrefix = katoPrefix(p.regionKato);
        break;
      case 'PROVIDER_ADMIN':
        if (!p.providerId) forbid('provider');
        f.ownProviderId = p.providerId;
        break;
      case 'MINISTRY_ANALYST':
        break;
      default:
        forbid('role');
    }
    const rows = await this.acts.listActs({
      ...f,
      regionKato: q.regionKato,
      month: q.month,
      status: q.status,
      providerId: q.providerId,
    });
    return rows.map(view);
  }

  private assertMayRead(p: Principal, act: BillingActView): void {
    if (p.role === 'LEB_OFFICER') return assertRegion(p, act.regionKato);
    if (p.role === 'PROVIDER_ADMIN') return assertProvider(p, act.providerId);
    if (p.role === 'MINISTRY_ANALYST') return;
    forbid('role');
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<BillingActView> {
    const row = await this.acts.findAct(m, id, lock);
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'billing_act', id });
    return view(row);
  }

  /** The provider's billable rides in the region in [from, to), as the act computes them. */
  private async rides(
    m: EntityManager,
    providerId: string,
    regionKato: string,
    from: Date,
    to: Date,
  ): Promise<ActRide[]> {
    const rows = await this.acts.ridesToBill(m, providerId, regionKato, from, to);
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
