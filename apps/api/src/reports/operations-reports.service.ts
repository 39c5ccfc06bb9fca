// The operations figures as the LEB officer (own region) and the ministry analyst (the country,
// no personal data) read them (issue 22). Closed days come from the dispatcher's roll-ups;
// today, the days after it and any closed day not rolled up yet are computed live from the
// rides, with the same function (libs/dispatch computeRegionDays).
import { Inject, Injectable } from '@nestjs/common';
import { inRegion, type Principal } from '@invataxi/auth';
import {
  addDaysToLocalDate,
  CLOCK,
  daysBetweenLocalDates,
  DomainError,
  KATO_SEED,
  katoRegion,
  localDateOf,
  localDateTimeToUtc,
  mergeRiderMisses,
  nationalDefaultRulesFor,
  summarise,
  summariseBy,
  validateReportPeriod,
  type Clock,
  type FigureCell,
  type FigureSummary,
  type RiderMissCell,
} from '@invataxi/domain';
import { computeRegionDays } from '@invataxi/dispatch';
import { DataSource } from 'typeorm';
import {
  OperationsFiguresRepository,
  RegionsRepository,
  ServicePoliciesRepository,
  type PlaceNames,
  type ServiceOf,
} from '@invataxi/persistence';
import { listPrefix } from '../procurement/procurement-scope';

/** Above this many days the over-time table is by month, not by day. */
const DAILY_UP_TO = 62;
/** The per-rider table lists the riders with most misses first, this many at most. */
const RIDERS_SHOWN = 100;

export interface OperationsFilter {
  from: string;
  to: string;
  regionKato?: string;
  districtKato?: string;
  providerId?: string;
}

/** A rider's misses, as the officer of their region sees them (never the ministry). */
export interface RiderMissesRow {
  beneficiaryId: string;
  fullName: string;
  iinMasked: string;
  noShowsRider: number;
  noShowsProvider: number;
  lateCancelsRider: number;
  lateCancelsProvider: number;
}

export interface OperationsReport {
  from: string;
  to: string;
  /** The region the report covers; null: the whole country. */
  regionKato: string | null;
  districtKato: string | null;
  /** The district filter's names (null: no district filter, or the classifier has none). */
  districtNames: PlaceNames | null;
  providerId: string | null;
  /** The provider filter's name (null: no provider filter, or none known). */
  providerName: string | null;
  /** 'day' or 'month': the unit of `overTime`. */
  overTimeUnit: 'day' | 'month';
  summary: FigureSummary;
  overTime: { period: string; figures: FigureSummary }[];
  /** Each district with its region, so a country's report never leaves a district's region unsaid. */
  byDistrict: {
    districtKato: string;
    regionKato: string;
    districtNames: PlaceNames | null;
    figures: FigureSummary;
  }[];
  /** The country's report by region; empty for a region's report. */
  byRegion: { regionKato: string; figures: FigureSummary }[];
  /** Rides never on a route are under providerId null. */
  byProvider: { providerId: string | null; providerName: string | null; figures: FigureSummary }[];
  /** Per rider: the officer's own region only; null for the ministry (no personal data). */
  riders: RiderMissesRow[] | null;
  /** Days computed from the rides at the time of asking (not rolled up yet). */
  liveDays: number;
  /**
   * Who serves the report's region (the country's when none) and since when, whatever the period
   * and filters: active providers with a service area there (0: none yet), rides waiting for
   * procurement now and the last day one is for, and the first local day with a ride (null: none yet).
   */
  service: ServiceOf;
  /**
   * The ride-time limit of the region's policy in force now, the rule 'share over the limit' is
   * read against (walk t22 m2); null for the country's report (each region has its own).
   */
  rideTimeLimit: { factor: number; plusMinutes: number } | null;
}

@Injectable()
export class OperationsReportsService {
  constructor(
    private readonly repo: OperationsFiguresRepository,
    private readonly regions: RegionsRepository,
    private readonly policies: ServicePoliciesRepository,
    private readonly ds: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Checks the period and the scope; the KATO prefix the report reads (null: the country). */
  scope(p: Principal, q: OperationsFilter): string | null {
    const errors = validateReportPeriod(q.from, q.to);
    if (errors.length) throw DomainError.validation(errors);
    const prefix = listPrefix(p, q.regionKato);
    if (q.districtKato && p.role === 'LEB_OFFICER' && !inRegion(p, q.districtKato))
      throw new DomainError('FORBIDDEN', { scope: 'region' });
    return prefix;
  }

  async report(p: Principal, q: OperationsFilter): Promise<OperationsReport> {
    const prefix = this.scope(p, q);
    const all = await this.cells(prefix, q.from, q.to);
    const cells = {
      liveDays: all.liveDays,
      list: all.list.filter(
        (c) =>
          (!q.districtKato || c.districtKato === q.districtKato) &&
          (!q.providerId || c.providerId === q.providerId),
      ),
    };
    const daily = daysBetweenLocalDates(q.from, q.to) < DAILY_UP_TO;
    const overTime = summariseBy(cells.list, (c) => (daily ? c.day : c.day.slice(0, 7)));
    const byDistrict = summariseBy(cells.list, (c) => c.districtKato);
    const byProvider = summariseBy(cells.list, (c) => c.providerId ?? '');
    const regionKato = q.regionKato ?? (p.role === 'LEB_OFFICER' ? (p.regionKato ?? null) : null);
    const byRegion = regionKato ? [] : summariseBy(cells.list, (c) => katoRegion(c.districtKato));
    const places = await this.regions.placesOf([
      ...byDistrict.map((d) => d.key),
      ...(q.districtKato ? [q.districtKato] : []),
    ]);
    const providers = await this.repo.providerNames([
      ...byProvider.map((g) => g.key).filter((k) => k !== ''),
      ...(q.providerId ? [q.providerId] : []),
    ]);
    return {
      from: q.from,
      to: q.to,
      regionKato,
      districtKato: q.districtKato ?? null,
      districtNames: q.districtKato ? (places.get(q.districtKato)?.names ?? null) : null,
      providerId: q.providerId ?? null,
      providerName: q.providerId ? (providers.get(q.providerId) ?? null) : null,
      overTimeUnit: daily ? 'day' : 'month',
      summary: summarise(cells.list),
      overTime: overTime.map((g) => ({ period: g.key, figures: g.figures })),
      byDistrict: byDistrict.map((g) => ({
        districtKato: g.key,
        regionKato: katoRegion(g.key),
        districtNames: places.get(g.key)?.names ?? null,
        figures: g.figures,
      })),
      byRegion: byRegion.map((g) => ({ regionKato: g.key, figures: g.figures })),
      byProvider: byProvider.map((g) => ({
        providerId: g.key === '' ? null : g.key,
        providerName: g.key === '' ? null : (providers.get(g.key) ?? null),
        figures: g.figures,
      })),
      riders: p.role === 'LEB_OFFICER' ? await this.riders(prefix, q, all.live, all.liveRiders) : null,
      liveDays: cells.liveDays,
      rideTimeLimit: regionKato ? await this.rideTimeLimit(regionKato) : null,
      service: await this.repo.serviceOf(
        KATO_SEED.filter(
          (k) => k.parentCode === null && (!prefix || k.code.startsWith(prefix.slice(0, 2))),
        ).map((k) => k.code),
      ),
    };
  }

  /**
   * The cells of the period: for a report by month, the month roll-ups of whole months before
   * today's; the day roll-ups of the other closed days; and live for today, later days and any
   * day the dispatcher has not rolled up yet (it keeps a few minutes behind). The live days'
   * riders' misses come with them (the per-rider table reads the other days' from their roll-ups).
   */
  private async cells(
    prefix: string | null,
    from: string,
    to: string,
  ): Promise<{ list: FigureCell[]; liveDays: number; live: string[]; liveRiders: RiderMissCell[] }> {
    const today = localDateOf(this.clock.now());
    const byMonth = daysBetweenLocalDates(from, to) >= DAILY_UP_TO;
    const months = byMonth ? wholeMonths(from, to, today.slice(0, 7)) : [];
    const monthRows = months.length > 0 ? await this.repo.monthRollups(prefix, months) : [];
    const covered = [...new Set(monthRows.map((r) => r.day))];
    const lastClosed = addDaysToLocalDate(today, -1);
    const rolled = await this.repo.rollups(prefix, from, to < today ? to : lastClosed, covered);
    const rolledDays = new Set(rolled.map((r) => r.day));
    const coveredSet = new Set(covered);
    const live: string[] = [];
    for (let d = from; d <= to; d = addDaysToLocalDate(d, 1))
      if (!coveredSet.has(d.slice(0, 7)) && (d >= today || !rolledDays.has(d))) live.push(d);
    const list: FigureCell[] = [...monthRows, ...rolled].flatMap((r) => r.cells);
    const liveRiders: RiderMissCell[] = [];
    if (live.length > 0) {
      const first = live[0] as string;
      const last = live[live.length - 1] as string;
      const regions = await this.repo.regionsWithRides(
        prefix,
        localDateTimeToUtc(first, '00:00'),
        localDateTimeToUtc(addDaysToLocalDate(last, 1), '00:00'),
      );
      const wanted = new Set(live);
      for (const region of regions) {
        const days = await computeRegionDays(this.repo, region, first, last, this.clock.now());
        for (const [day, computed] of days)
          if (wanted.has(day)) {
            list.push(...computed.cells);
            liveRiders.push(...computed.riders);
          }
      }
    }
    return { list, liveDays: live.length, live, liveRiders };
  }

  /**
   * The officer's per-rider table: riders with no-shows or late cancellations, by cause. The
   * rolled-up days are summed and ordered in the database (operations_rider_rollup), the live
   * days' riders added here. Exact with a limit: the first RIDERS_SHOWN of the sum are among the
   * live riders and the first RIDERS_SHOWN + (live riders) of the rolled-up days, so the database
   * returns those and the live riders' own rolled-up rows.
   */
  private async riders(
    prefix: string | null,
    q: OperationsFilter,
    live: readonly string[],
    liveRiders: readonly RiderMissCell[],
  ): Promise<RiderMissesRow[]> {
    const liveRows = mergeRiderMisses(
      liveRiders.filter(
        (r) =>
          (!q.districtKato || r.districtKato === q.districtKato) &&
          (!q.providerId || r.providerId === q.providerId),
      ),
    );
    const scope = {
      prefix,
      fromDay: q.from,
      toDay: q.to,
      skipDays: live,
      districtKato: q.districtKato,
      providerId: q.providerId,
    };
    const top = await this.repo.riderMisses({ ...scope, limit: RIDERS_SHOWN + liveRows.length });
    const listed = new Set(top.map((r) => r.beneficiaryId));
    const others = liveRows.map((r) => r.beneficiaryId).filter((id) => !listed.has(id));
    const theirs =
      others.length > 0 ? await this.repo.riderMisses({ ...scope, limit: others.length, only: others }) : [];
    const rows = mergeRiderMisses([...top, ...theirs, ...liveRows]).slice(0, RIDERS_SHOWN);
    const names = await this.repo.riderNames(rows.map((r) => r.beneficiaryId));
    return rows.map((r) => ({
      ...r,
      fullName: names.get(r.beneficiaryId)?.fullName ?? '',
      iinMasked: names.get(r.beneficiaryId)?.iinMasked ?? '',
    }));
  }

  /** The region's ride-time limit in force now (its stored policy, else the national default). */
  private async rideTimeLimit(regionKato: string): Promise<{ factor: number; plusMinutes: number }> {
    const stored = await this.policies.versionInForce(this.ds.manager, regionKato, this.clock.now());
    return (stored?.rules ?? nationalDefaultRulesFor(regionKato)).maxRideTime;
  }

  /** The akimat's region for a monthly workbook: the officer's own; an analyst names one. */
  monthlyRegion(p: Principal, regionKato: string | undefined): string {
    if (p.role === 'LEB_OFFICER') {
      const own = regionKato ?? p.regionKato;
      if (!own || !inRegion(p, own)) throw new DomainError('FORBIDDEN', { scope: 'region' });
      return katoRegion(own);
    }
    if (!regionKato)
      throw DomainError.validation([
        { field: 'regionKato', code: 'REQUIRED', message: 'which akimat (region KATO)' },
      ]);
    return katoRegion(regionKato);
  }
}

/** The months (YYYY-MM) wholly inside [from, to] and before `currentMonth`. */
function wholeMonths(from: string, to: string, currentMonth: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDaysToLocalDate(d, 1)) {
    const month = d.slice(0, 7);
    const next = addDaysToLocalDate(d, 1);
    // d is the month's last day: the month is whole when its first day is in the period too.
    if (
      next.slice(0, 7) !== month &&
      `${month}-01` >= from &&
      next <= addDaysToLocalDate(to, 1) &&
      month < currentMonth
    )
      out.push(month);
  }
  return out;
}
