// AggregateDemand: "providers changed or bookings arrived" in a region. First the waiting
// bookings that a provider with shifts now serves go back to dispatch and the passed ones
// expire; then what still waits is bought once (issue 20, "one open procurement per need"): a
// ride whose place a live request covers (SUBMITTED, PUBLISHED, or AWARDED while its supplier
// is onboarding) is attached to that request and counted as covered by it; only the rest
// becomes the region's one DRAFT for the period, with its figures. A DRAFT nothing waits for
// any more closes itself (CANCELLED, reason NO_WAITING_DEMAND). One transaction, one region at a time.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { isValidKato, katoPrefix, katoWithinAny, localDateOf } from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  SYSTEM_ACTOR,
  transact,
  transitionBooking,
  type AwaitingProcurementRow,
  type JsonObject,
  ProcurementDemandRepository,
  ProcurementRequestsRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import {
  aggregateDemand,
  estimateLot,
  estimateTariff,
  type LotEstimate,
  isoToWeekday,
  planRelease,
  procurementPeriodOf,
  type ProcurementPeriod,
  type DemandFigures,
  type WaitingBooking,
  type WaitingSeries,
} from '@invataxi/procurement';
import { RegionPolicies } from '@invataxi/dispatch';
import { raiseAlert } from './alerts';
import { isServedWithShifts } from './region-rules';

/** Status reasons the rider's notification and the officer's lists read. */
export const RELEASE_REASON = 'PROCUREMENT_PROVIDER_AVAILABLE';
export const EXPIRE_REASON = 'PROCUREMENT_NOT_IN_TIME';

/** Request statuses that keep their bookings: being bought, or failed and awaiting resubmission. */
const IN_FLIGHT = ['SUBMITTED', 'PUBLISHED', 'FAILED'];

/** Why a DRAFT closed itself: nothing waits for it any more. */
export const NO_WAITING_DEMAND = 'NO_WAITING_DEMAND';

type AwaitingRow = AwaitingProcurementRow;

export interface AggregateResult {
  released: string[];
  expired: string[];
  requestId: string | null;
  waiting: number;
  /** Waiting rides attached to a live request (being bought or onboarding) instead of the DRAFT. */
  attached: number;
}

@Injectable()
export class DemandAggregator {
  constructor(
    private readonly policies: RegionPolicies,
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly demand: ProcurementDemandRepository,
    private readonly requests: ProcurementRequestsRepository,
  ) {}

  async aggregate(regionKato: string, now: Date): Promise<AggregateResult> {
    return transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const m = uow.manager;
      // One aggregation per region at a time (two would race to create the DRAFT and re-link),
      // and none while an officer acts on one of its requests.
      await this.requests.lockRegionProcurement(m, regionKato);
      const rows = await this.demand.lockAwaitingOfRegion(m, regionKato);
      const { released, expired, waiting } = await this.release(uow, regionKato, rows, now);
      const waitingIds = new Set(waiting);
      const still = rows.filter((r) => waitingIds.has(r.id));
      const { toDraft, attached } = await this.attachToLive(m, regionKato, still, now);
      const requestId = await this.upsertDraft(uow, regionKato, toDraft, now);
      return { released, expired, requestId, waiting: toDraft.length, attached };
    });
  }

  /**
   * Bookings of a request in flight (SUBMITTED, PUBLISHED) or failed (the officer resubmits
   * them) stay with it, and so do those of an AWARDED one whose supplier is onboarding; a ride
   * whose place a live request covers joins that request (the district's one open procurement);
   * the rest belong to the period's DRAFT: new demand, rides that come back after an award whose
   * supplier runs (demand beyond what it serves, or its provider was suspended), those of a
   * cancelled request.
   */
  private async attachToLive(
    m: EntityManager,
    regionKato: string,
    rows: AwaitingRow[],
    now: Date,
  ): Promise<{ toDraft: AwaitingRow[]; attached: number }> {
    const live = await this.demand.liveRequestsOfRegion(m, regionKato, localDateOf(now));
    const liveIds = new Set(live.map((l) => l.id));
    const toDraft: AwaitingRow[] = [];
    const attach = new Map<string, string[]>();
    let attached = 0;
    for (const r of rows) {
      const linked = r.procurement_request_id;
      if (IN_FLIGHT.includes(r.request_status ?? '') || (linked && liveIds.has(linked))) {
        if (linked && liveIds.has(linked)) attached++;
        continue;
      }
      const pickup = r.pickup_kato.trim();
      const cover = live.find((l) =>
        katoWithinAny(
          pickup,
          l.uncovered_kato.map((k) => k.trim()),
        ),
      );
      if (!cover) {
        toDraft.push(r);
        continue;
      }
      attach.set(cover.id, [...(attach.get(cover.id) ?? []), r.id]);
      attached++;
    }
    for (const [requestId, ids] of attach) await this.demand.linkToRequest(m, requestId, ids);
    return { toDraft, attached };
  }

  /** Passed bookings -> EXPIRED; served ones -> ACCEPTED in the region's priority order. */
  private async release(
    uow: UnitOfWork,
    regionKato: string,
    rows: AwaitingRow[],
    now: Date,
  ): Promise<{ released: string[]; expired: string[]; waiting: string[] }> {
    const m = uow.manager;
    const served = new Map<string, boolean>();
    for (const kato of new Set(rows.map((r) => r.pickup_kato.trim())))
      served.set(kato, await isServedWithShifts(this.demand, m, kato, now));
    // The region's policy in force now: its priority tiers order the release.
    const policy = await this.policies.inForce(m, regionKato, now);
    const plan = planRelease(
      rows.map((r) => ({
        id: r.id,
        purpose: r.purpose,
        requestedAt: r.created_at,
        pickupLatest: r.pickup_latest,
        covered: served.get(r.pickup_kato.trim()) ?? false,
      })),
      policy.purposePriorityTiers,
      now,
    );
    for (const id of plan.expire)
      await transitionBooking(uow, {
        bookingId: id,
        to: 'EXPIRED',
        expectedVersion: null,
        reason: EXPIRE_REASON,
      });
    // In order: the outbox rows (and so the dispatch jobs) follow the region's priority.
    for (const id of plan.release)
      await transitionBooking(uow, {
        bookingId: id,
        to: 'ACCEPTED',
        expectedVersion: null,
        reason: RELEASE_REASON,
      });
    return { released: plan.release, expired: plan.expire, waiting: plan.waiting };
  }

  private async upsertDraft(
    uow: UnitOfWork,
    regionKato: string,
    rows: AwaitingRow[],
    now: Date,
  ): Promise<string | null> {
    const m = uow.manager;
    // The region's policy says how long a lot runs by default (procurementNextYearFromMonth).
    const period = procurementPeriodOf(now, await this.policies.inForce(m, regionKato, now));
    const repo = m.getRepository(ProcurementRequestEntity);
    const draft = await repo.findOne({
      where: { regionKato, periodStart: period.start, status: 'DRAFT' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!draft && rows.length === 0) return null;
    if (draft && rows.length === 0) {
      await this.closeEmptyDraft(uow, draft);
      await this.supersedeOldDrafts(uow, regionKato, period.start);
      return null;
    }
    // The officer's period for the lot (issue 20), while it has not run out; else the default.
    const chosen =
      draft?.lotStart && draft.lotEnd && draft.lotEnd >= localDateOf(now)
        ? { ...period, start: draft.lotStart, end: draft.lotEnd }
        : null;
    const figures = await this.figures(m, regionKato, rows, now, chosen ?? period);
    const lot = await this.lot(m, regionKato, figures, now, chosen ? 'OFFICER_CHOICE' : 'BUDGET_YEAR');
    // The lot's budget is the request's estimate: the service for the period, not the rides
    // booked (the figures keep the waiting rides' own cost beside it).
    const demand = {
      ...this.demandJson(figures, now),
      lot: { ...lot, figures: lot.figures.map((f) => ({ ...f })) },
    };
    let id: string;
    const before = new Set(draft ? draft.uncoveredKato.map((k) => k.trim()) : []);
    if (!draft) {
      const created = await repo.save(
        repo.create({
          regionKato,
          periodStart: period.start,
          periodEnd: period.end,
          status: 'DRAFT',
          // On the platform's clock, as the rider's message counts from it (walk t25 M5): the
          // database's now() is another day when the clock is set ahead (a demo, a test).
          createdAt: now,
          uncoveredKato: figures.uncoveredKato,
          demand,
          estimatedBudgetTenge: String(lot.budgetTenge),
        }),
      );
      id = created.id;
      uow.audit({
        action: 'procurement.draft_created',
        entityType: 'procurement_request',
        entityId: id,
        after: { regionKato, periodStart: period.start, ...summary(figures) },
      });
    } else {
      id = draft.id;
      const beforeFigures = summary(draftFigures(draft));
      const after = summary(figures);
      if (
        canonical({ ...draft.demand, aggregatedAt: null }) !== canonical({ ...demand, aggregatedAt: null }) ||
        draft.uncoveredKato.map((k) => k.trim()).join() !== figures.uncoveredKato.join()
      ) {
        await repo.update(
          { id, version: draft.version },
          {
            uncoveredKato: figures.uncoveredKato,
            demand: demand as never,
            estimatedBudgetTenge: String(lot.budgetTenge),
          },
        );
        uow.audit({
          action: 'procurement.demand_updated',
          entityType: 'procurement_request',
          entityId: id,
          before: beforeFigures,
          after,
        });
      }
    }
    // Linking is not a status change: no version bump, so a rider's booking is not made stale.
    if (rows.length > 0)
      await this.demand.linkToRequest(
        m,
        id,
        rows.map((r) => r.id),
      );
    await this.alertNewDemand(uow, regionKato, id, figures, before);
    await this.supersedeOldDrafts(uow, regionKato, period.start);
    return id;
  }

  /**
   * Demand appeared in a place with no request yet: the region's LEB officers are told at once
   * (not after the escalation days), once per request and place.
   */
  private async alertNewDemand(
    uow: UnitOfWork,
    regionKato: string,
    requestId: string,
    figures: DemandFigures,
    known: ReadonlySet<string>,
  ): Promise<void> {
    const fresh = figures.byKato.filter((k) => !known.has(k.kato));
    if (fresh.length === 0) return;
    await raiseAlert(this.requests, uow, {
      regionKato,
      requestId,
      audience: 'LEB_OFFICER',
      kind: 'ALERT_DEMAND_APPEARED',
      params: {
        requestId,
        kato: fresh.map((k) => k.kato).join(','),
        bookings: fresh.reduce((n, k) => n + k.bookings, 0),
      },
      dedupKey: `demand-appeared.${requestId}.${fresh.map((k) => k.kato).join('.')}`,
    });
  }

  /**
   * A DRAFT no ride waits for any more (they were served, expired, cancelled, or joined a live
   * request) is nothing to buy: it closes itself with the reason, audited, so it neither
   * escalates nor shows the officer a 0 ₸ request to submit.
   */
  private async closeEmptyDraft(uow: UnitOfWork, draft: ProcurementRequestEntity): Promise<void> {
    await uow.manager
      .getRepository(ProcurementRequestEntity)
      .update(
        { id: draft.id, version: draft.version },
        { status: 'CANCELLED', failureReason: NO_WAITING_DEMAND },
      );
    uow.audit({
      action: 'procurement.cancelled',
      entityType: 'procurement_request',
      entityId: draft.id,
      before: { status: 'DRAFT', version: draft.version },
      after: { status: 'CANCELLED', version: draft.version + 1, reason: NO_WAITING_DEMAND },
    });
  }

  /**
   * A DRAFT of an earlier period whose waiting bookings all moved to this period's DRAFT is
   * nobody's to submit: CANCELLED (audited), so it neither escalates nor misleads the officer.
   */
  private async supersedeOldDrafts(uow: UnitOfWork, regionKato: string, periodStart: string): Promise<void> {
    const old = await this.requests.lockAbandonedDrafts(uow.manager, regionKato, periodStart);
    for (const r of old) {
      await uow.manager
        .getRepository(ProcurementRequestEntity)
        .update(
          { id: r.id, version: r.version },
          { status: 'CANCELLED', failureReason: 'SUPERSEDED_BY_NEXT_PERIOD' },
        );
      uow.audit({
        action: 'procurement.cancelled',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { status: 'DRAFT', version: r.version },
        after: { status: 'CANCELLED', version: r.version + 1, reason: 'SUPERSEDED_BY_NEXT_PERIOD' },
      });
    }
  }

  /** The lot the request buys (lot.ts): the district's eligible people and the region's history. */
  private async lot(
    m: EntityManager,
    regionKato: string,
    figures: DemandFigures,
    now: Date,
    periodSource: 'BUDGET_YEAR' | 'OFFICER_CHOICE',
  ): Promise<LotEstimate> {
    const prefixes = figures.uncoveredKato.filter(isValidKato).map(katoPrefix);
    return estimateLot({
      periodSource,
      demand: figures,
      eligiblePeople: await this.demand.eligiblePeople(m, prefixes),
      regionRidersShare: await this.demand.regionRidersShare(
        m,
        regionKato,
        new Date(now.getTime() - 90 * 86_400_000),
      ),
    });
  }

  private async figures(
    m: EntityManager,
    regionKato: string,
    rows: AwaitingRow[],
    now: Date,
    period: ProcurementPeriod,
  ): Promise<DemandFigures> {
    const today = localDateOf(now);
    const bookings: WaitingBooking[] = rows.map((r) => ({
      id: r.id,
      beneficiaryId: r.beneficiary_id,
      pickupKato: r.pickup_kato.trim(),
      purpose: r.purpose,
      requestedAt: r.created_at,
      directMetres: r.direct_metres,
      wheelchair: r.load_wheelchair_places > 0,
      seriesId: r.series_id,
    }));
    const seriesIds = [...new Set(rows.map((r) => r.series_id).filter((s): s is string => !!s))];
    const seriesRows = seriesIds.length === 0 ? [] : await this.demand.activeSeries(m, seriesIds);
    const series: WaitingSeries[] = seriesRows.map((s) => ({
      id: s.id,
      weekdays: s.weekdays.map(isoToWeekday),
      time: s.local_time.trim(),
      startDate: s.from_date,
      endDate: s.to_date,
    }));
    const contracts = await this.demand.tariffsInForce(m, regionKato, today);
    const tariff = estimateTariff(
      contracts.map((c) => ({ tariffPerTrip: c.tariff_per_trip, tariffPerKm: c.tariff_per_km })),
      {
        perTrip: this.config.PROCUREMENT_DEFAULT_TARIFF_PER_TRIP,
        perKm: this.config.PROCUREMENT_DEFAULT_TARIFF_PER_KM,
      },
    );
    return aggregateDemand({ bookings, series, period, today, tariff });
  }

  /**
   * What the request row keeps: the figures (not the booking ids: the link is the booking's FK).
   * The expected service date is not stored: it depends on the method and the day, so readers
   * compute it (expectedServiceDate) and a review does not look like a change of demand.
   */
  private demandJson(f: DemandFigures, now: Date): JsonObject {
    const { tariff, byKato, ...rest } = f;
    const numbers: Partial<DemandFigures> = { ...rest };
    delete numbers.bookingIds;
    return {
      ...numbers,
      tariff: { ...tariff },
      byKato: byKato.map((k) => ({ ...k })),
      aggregatedAt: now.toISOString(),
    };
  }
}

/** The figures an audit row and a change check compare. */
function summary(
  f: Pick<DemandFigures, 'waitingBookings' | 'beneficiaries' | 'tripsInPeriod' | 'estimatedBudgetTenge'>,
): JsonObject {
  return {
    waitingBookings: f.waitingBookings,
    beneficiaries: f.beneficiaries,
    tripsInPeriod: f.tripsInPeriod,
    estimatedBudgetTenge: f.estimatedBudgetTenge,
  };
}

function draftFigures(
  d: ProcurementRequestEntity,
): Pick<DemandFigures, 'waitingBookings' | 'beneficiaries' | 'tripsInPeriod' | 'estimatedBudgetTenge'> {
  const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
  return {
    waitingBookings: n(d.demand.waitingBookings),
    beneficiaries: n(d.demand.beneficiaries),
    tripsInPeriod: n(d.demand.tripsInPeriod),
    estimatedBudgetTenge: Number(d.estimatedBudgetTenge),
  };
}

/** JSON with sorted keys: jsonb does not keep key order, so a plain stringify would always differ. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}
