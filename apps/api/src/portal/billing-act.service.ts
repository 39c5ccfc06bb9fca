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
  type DraftAct,
} from '@invataxi/persistence';
import {
  BillingActSigner,
  computeAct,
  issueBillingAct,
  signedBillingAct,
  type ActRide,
  type ActTariff,
  type PortalActLine,
  type PortalBillingAct,
  type SignedBillingAct,
} from '@invataxi/portal';
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
  /** 1 for the month's first act, then one more for each correction. */
  actVersion: number;
  /** The version this one corrects. */
  supersedesActId: string | null;
  correctionReason: string | null;
  /** The approved correction that replaced this act (which stays readable as it was issued). */
  supersededByActId: string | null;
  supersededAt: string | null;
  /** Issued with the akimat's signature (false: not yet approved, or no signing key configured). */
  signed: boolean;
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
    actVersion: r.act_version,
    supersedesActId: r.supersedes_act_id,
    correctionReason: r.correction_reason,
    supersededByActId: r.superseded_by_act_id,
    supersededAt: iso(r.superseded_at),
    signed: r.signature !== null,
    lines: r.lines as PortalActLine[],
  };
}

/**
 * An issued act as the Portal pulls it: the signed document (the act, its detached signature and
 * certificate, exactly as pushed) and where it stands now, outside the signature.
 */
export interface PortalActDocument extends SignedBillingAct {
  status: BillingActStatus;
  /** The approved correction that replaced this version; null while it is the latest. */
  supersededByActId: string | null;
  supersededAt: string | null;
  /** When this version last changed (issued, submitted, paid, superseded): the pull's cursor. */
  updatedAt: string;
}

/** One version of an act's period, in the order of their numbers. */
export interface PortalActVersion {
  actId: string;
  actVersion: number;
  status: BillingActStatus;
  supersedesActId: string | null;
  supersededByActId: string | null;
}

/** A page of the pull: the oldest change first; ask again with `since` = `until`. */
export interface PortalActPage {
  acts: PortalActDocument[];
  /** The last act's `updatedAt` (null when none): the next pull's `since`. */
  until: string | null;
}

/** One act version as the Portal pulls it, with the issued versions of its period. */
export interface PortalActWithVersions extends PortalActDocument {
  versions: PortalActVersion[];
}

/** At most this many acts per pull. */
const PORTAL_PAGE = 200;

function portalDocument(r: BillingActRow): PortalActDocument | null {
  if (r.signed_body === null) return null;
  return {
    ...signedBillingAct({
      signedBody: r.signed_body,
      signature: r.signature,
      signingCertificate: r.signing_certificate,
    }),
    status: r.status,
    supersededByActId: r.superseded_by_act_id,
    supersededAt: r.superseded_at ? r.superseded_at.toISOString() : null,
    updatedAt: r.updated_at.toISOString(),
  };
}

function actorOf(p: Principal, requestId: string): Actor {
  return { userId: p.userId, role: p.role, requestId };
}

/**
 * Monthly billing acts (issue 8): the region's LEB officer generates an act per provider,
 * region and month from the rides in PostgreSQL, reviews it (and its CSV/XLSX export),
 * approves it; approval issues it (its canonical JSON signed with the akimat's key) and hands it
 * to the SubmitBillingAct job through the outbox, and the Portal's payment answer comes back by
 * poll or signed callback. An issued act is never recomputed in place: a correction is a new
 * version that supersedes it once approved (issue 17).
 */
@Injectable()
export class BillingActService {
  constructor(
    private readonly ds: DataSource,
    private readonly acts: BillingActsRepository,
    private readonly signer: BillingActSigner,
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
      const draft = await this.compute(m, cmd, from, to);
      const latest = await this.acts.latestOfPeriod(m, cmd);
      // A draft was never issued, so it may be recomputed; an issued act is only ever corrected.
      if (latest && latest.status !== 'DRAFT')
        throw new DomainError('CONFLICT', {
          reason: 'ACT_ALREADY_APPROVED',
          month: cmd.month,
          actId: latest.id,
          status: latest.status,
        });
      let savedId: string;
      if (latest) {
        savedId = latest.id;
        await this.acts.recomputeDraft(m, savedId, draft);
      } else {
        savedId = await this.acts.insertDraft(m, draft, {
          actVersion: 1,
          supersedesActId: null,
          correctionReason: null,
        });
      }
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
      const act = await this.lockToChange(m, p, id, expectedVersion);
      if (act.status !== 'DRAFT')
        throw new DomainError('ILLEGAL_TRANSITION', {
          entity: 'billing_act',
          from: act.status,
          to: 'APPROVED',
        });
      await this.acts.approve(m, id, p.userId, issueBillingAct(this.asIssued(act), this.signer));
      const version = act.version + 1;
      if (act.supersedesActId) {
        await this.acts.markSuperseded(m, act.supersedesActId, id);
        uow.audit({
          action: 'billing_act.superseded',
          entityType: 'billing_act',
          entityId: act.supersedesActId,
          after: { supersededByActId: id, actVersion: act.actVersion },
        });
      }
      uow.audit({
        action: 'billing_act.approved',
        entityType: 'billing_act',
        entityId: id,
        before: { status: 'DRAFT', version: act.version },
        after: {
          status: 'APPROVED',
          version,
          amountTenge: act.amountTenge,
          actVersion: act.actVersion,
          signed: this.signer.enabled,
        },
      });
      uow.enqueue(message(JobName.SubmitBillingAct, { actId: id, version }, `${id}.v${version}`));
      return this.load(m, id);
    });
  }

  /**
   * A correction of an issued act: the period recomputed from the rides as they are now, as a new
   * DRAFT version that names the act it supersedes and why. The act the Portal holds is left as
   * it is until the correction is approved; then it is marked superseded, never overwritten.
   */
  async correct(
    p: Principal,
    id: string,
    cmd: { version: number; reason: string },
    requestId: string,
  ): Promise<BillingActView> {
    return transact(this.ds, actorOf(p, requestId), async (uow) => {
      const m = uow.manager;
      const act = await this.lockToChange(m, p, id, cmd.version);
      if (act.status === 'DRAFT' || act.status === 'APPROVED')
        throw new DomainError('CONFLICT', { reason: 'ACT_NOT_ISSUED', status: act.status });
      const latest = await this.acts.latestOfPeriod(m, act);
      if (act.supersededByActId || (latest && latest.id !== act.id))
        throw new DomainError('CONFLICT', {
          reason: 'ACT_ALREADY_CORRECTED',
          latestActId: latest?.id ?? null,
        });
      const from = localDateTimeToUtc(`${act.month}-01`, '00:00');
      const draft = await this.compute(m, act, from, endOfLocalMonth(from));
      const newId = await this.acts.insertDraft(m, draft, {
        actVersion: act.actVersion + 1,
        supersedesActId: act.id,
        correctionReason: cmd.reason,
      });
      const out = await this.load(m, newId);
      uow.audit({
        action: 'billing_act.correction_drafted',
        entityType: 'billing_act',
        entityId: newId,
        before: { actId: act.id, actVersion: act.actVersion, amountTenge: act.amountTenge },
        after: {
          actVersion: out.actVersion,
          supersedesActId: act.id,
          amountTenge: out.amountTenge,
          reason: cmd.reason,
        },
      });
      return out;
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

  /** The Portal's pull: issued acts changed at or after `since`, the oldest change first. */
  async portalActsSince(since: string | undefined): Promise<PortalActPage> {
    const rows = await this.acts.issuedActsChangedSince(new Date(since ?? 0), PORTAL_PAGE);
    const acts = rows.map(portalDocument).filter((d): d is PortalActDocument => d !== null);
    return { acts, until: acts.length ? acts[acts.length - 1]!.updatedAt : null };
  }

  /** One issued act version for the Portal, with every issued version of its period. */
  async portalAct(actId: string): Promise<PortalActWithVersions> {
    const period = await this.acts.versionsOfPeriodOf(actId);
    const row = period.find((r) => r.id === actId);
    const doc = row ? portalDocument(row) : null;
    // A draft is not the Portal's to see: unknown to it as much as an id that never existed.
    if (!doc) throw new DomainError('NOT_FOUND', { entity: 'billing_act', id: actId });
    return {
      ...doc,
      versions: period
        .filter((r) => r.signed_body !== null)
        .map((r) => ({
          actId: r.id,
          actVersion: r.act_version,
          status: r.status,
          supersedesActId: r.supersedes_act_id,
          supersededByActId: r.superseded_by_act_id,
        })),
    };
  }

  private assertMayRead(p: Principal, act: BillingActView): void {
    if (p.role === 'LEB_OFFICER') return assertRegion(p, act.regionKato);
    if (p.role === 'PROVIDER_ADMIN') return assertProvider(p, act.providerId);
    if (p.role === 'MINISTRY_ANALYST') return;
    forbid('role');
  }

  /** The act locked for a change by its region's officer, at the version the officer read. */
  private async lockToChange(
    m: EntityManager,
    p: Principal,
    id: string,
    expectedVersion: number,
  ): Promise<BillingActView> {
    const act = await this.load(m, id, true);
    assertRegion(p, act.regionKato);
    if (act.version !== expectedVersion)
      throw new DomainError('STALE_VERSION', {
        entity: 'billing_act',
        expected: expectedVersion,
        actual: act.version,
      });
    return act;
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<BillingActView> {
    const row = await this.acts.findAct(m, id, lock);
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'billing_act', id });
    return view(row);
  }

  /** The period's act computed from its rides under the provider's contracts. */
  private async compute(
    m: EntityManager,
    period: { providerId: string; regionKato: string; month: string },
    from: Date,
    to: Date,
  ): Promise<DraftAct> {
    const rides = await this.rides(m, period.providerId, period.regionKato, from, to);
    const tariffs: ActTariff[] = (await this.acts.tariffsOfProvider(m, period.providerId)).map((t) => ({
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
    return {
      providerId: period.providerId,
      regionKato: period.regionKato,
      month: period.month,
      completedTrips: t.completedTrips,
      noShows: t.noShows,
      plannedMetres: t.plannedMetres,
      actualMetres: t.actualMetres,
      amountTenge: t.amountTenge,
      lines: t.lines,
    };
  }

  /** The act as issued to the Portal: what its signature covers. */
  private asIssued(a: BillingActView): PortalBillingAct {
    return {
      actId: a.id,
      actVersion: a.actVersion,
      supersedesActId: a.supersedesActId,
      correctionReason: a.correctionReason,
      providerBin: a.providerBin,
      regionKato: a.regionKato,
      month: a.month,
      completedTrips: a.completedTrips,
      noShows: a.noShows,
      plannedMetres: a.plannedMetres,
      actualMetres: a.actualMetres,
      amountTenge: a.amountTenge,
      lines: a.lines,
    };
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
