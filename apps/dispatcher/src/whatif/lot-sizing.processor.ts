// Queue "whatif", job SizeLot (issue 25, item 2): "how many vehicles do we need to serve this
// demand at X% served" for a procurement request. The request's waiting rides are replayed by
// the what-if engine (the live booking rules, insertion and evening re-plan, in memory) against
// the vehicles the lot would buy, and sizeFleetMix searches the fewest (and the wheelchair share)
// that reach the officer's target. Progress goes to the job and the procurement_sizing row; the
// result is stored with the request and, when the lot carries no sizing yet, attached to it.
import { performance } from 'node:perf_hooks';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, LessThan, type Repository } from 'typeorm';
import {
  addDaysToLocalDate,
  CLOCK,
  localDateOf,
  localDateTimeToUtc,
  localMinutesOf,
  nationalDefaultRulesFor,
  observedPickupDelays,
  type Clock,
  type ProviderTariff,
  type ShiftPattern,
} from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  ProcurementSizingEntity,
  ServicePoliciesRepository,
  SYSTEM_ACTOR,
  transact,
  WhatIfRepository,
  type DemandRow,
} from '@invataxi/persistence';
import { JobName, OnJob, type JobContext, type JobOf } from '@invataxi/queue';
import { TRAVEL_TIME } from '@invataxi/dispatch';
import type { TravelTimeProvider } from '@invataxi/routing';
import { LOGGER, type Logger } from '@invataxi/platform';
import {
  percentOf,
  SIZING_VEHICLES,
  shiftChangeHour,
  sizeLotMessage,
  sizedVehicleHours,
  sizingShiftOf,
  type LotSizing,
} from '@invataxi/procurement';
import { SweepRegistry } from '../core/sweep-registry';
import { demandBase } from './demand-base';
import { sizeFleetMix, type Depot } from './fleet-variant';
import type { WhatIfInput } from './whatif-replay';

/** The lot's vehicles in a replay belong to this (not yet known) supplier. */
const LOT_SUPPLIER = 'lot-supplier';
/** The most vehicles a search tries: more than one per ride never serves more. */
const MAX_VEHICLES = 100;
/** The wheelchair shares tried when some ride needs a wheelchair place. */
const MIX_SHARES = [0, 0.25, 0.5, 0.75, 1];
/**
 * The days whose completed rides' pickup delays the expected on-time share applies (ending the
 * day before the run): the region's service as it ran lately (the country's when the region has
 * none yet), as a scenario applies its base period's.
 */
export const SIZING_DELAY_DAYS = 30;
/** The evening re-plan of the replay: the live one's local time, and its search budget per day. */
const REPLAN = { at: '20:00', timeLimitMs: 200 } as const;

/** Why a run could not size the lot (procurement_sizing.note; the page says it in words). */
export type SizingFailure = 'NO_WAITING_DEMAND' | 'NO_SERVICE_HOURS' | 'REQUEST_GONE' | 'SIZING_ERROR';

@Injectable()
export class LotSizingProcessor implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    private readonly whatIf: WhatIfRepository,
    private readonly policies: ServicePoliciesRepository,
    private readonly sweeps: SweepRegistry,
    @InjectRepository(ProcurementSizingEntity) private readonly runs: Repository<ProcurementSizingEntity>,
    @InjectRepository(ProcurementRequestEntity)
    private readonly requests: Repository<ProcurementRequestEntity>,
  ) {}

  onModuleInit(): void {
    // A run whose job Redis lost is queued again (its id makes a second enqueue a no-op).
    this.sweeps.add('procurement-sizing', async (staleBefore) =>
      (
        await this.runs.find({
          where: { status: In(['QUEUED', 'RUNNING']), createdAt: LessThan(staleBefore) },
          select: { id: true },
          take: 100,
        })
      ).map((r) => sizeLotMessage(r.id)),
    );
  }

  @OnJob(JobName.SizeLot)
  async sizeLot(payload: JobOf<JobName.SizeLot>, ctx: JobContext): Promise<unknown> {
    return this.run(payload.sizingId, (p) => ctx.progress(p));
  }

  /** Runs one sizing to its end (DONE or FAILED); a finished one is left as it is. */
  async run(
    sizingId: string,
    progress: (percent: number) => Promise<void> = async () => undefined,
  ): Promise<{ status: string; vehicles?: number; seconds?: number }> {
    const run = await this.runs.findOneBy({ id: sizingId });
    if (!run) return { status: 'GONE' };
    if (run.status === 'DONE' || run.status === 'FAILED') return { status: run.status };
    await this.runs.update({ id: run.id }, { status: 'RUNNING', startedAt: this.clock.now(), progress: 0 });
    const request = await this.requests.findOneBy({ id: run.requestId });
    if (!request) return this.fail(run, 'REQUEST_GONE');
    const rows = await this.whatIf.demandOfRequest(request.id);
    if (rows.length === 0) return this.fail(run, 'NO_WAITING_DEMAND');
    const rules =
      (await this.policies.versionInForce(this.ds.manager, request.regionKato, this.clock.now()))?.rules ??
      nationalDefaultRulesFor(request.regionKato);
    const shift = sizingShiftOf(rules.serviceHours);
    if (!shift) return this.fail(run, 'NO_SERVICE_HOURS');

    const started = performance.now();
    try {
      const requests = demandBase(rows, 1);
      // The delays the region's riders had lately, applied to the sized schedule (the what-if's rule).
      const today = localDateOf(this.clock.now());
      const delays = {
        from: addDaysToLocalDate(today, -SIZING_DELAY_DAYS),
        to: addDaysToLocalDate(today, -1),
      };
      const delaysOf = async (region: string | null) =>
        observedPickupDelays(
          await this.whatIf.completedPickupsOfPeriod(
            region,
            localDateTimeToUtc(delays.from, '00:00'),
            localDateTimeToUtc(today, '00:00'),
          ),
        );
      // A region buying its first service has no rides of its own: the country's providers' delays then.
      const regional = await delaysOf(request.regionKato);
      const scope = regional.length > 0 ? 'REGION' : 'COUNTRY';
      const observedDelays = scope === 'REGION' ? regional : await delaysOf(null);
      const days = requests.map((r) => localDateOf(r.time)).sort();
      const firstDay = days[0]!;
      const lastDay = days[days.length - 1]!;
      // Round the clock: 24-hour shifts that change at the hour fewest rides are on the road.
      const change =
        shift.startTime === shift.endTime
          ? shiftChangeHour(
              // On the road around the time asked for, whichever end it anchors (pickup or arrival).
              rows.map((r) => {
                const t = r.requestedTime.getTime();
                const around = r.directSeconds * 1000 + 3_600_000;
                return {
                  fromMinute: localMinutesOf(new Date(t - around)),
                  toMinute: localMinutesOf(new Date(t + around + r.directSeconds * 1000)),
                };
              }),
            )
          : null;
      // A night shift that starts the evening before the first ride's day may carry it too.
      const pattern: ShiftPattern = {
        from: addDaysToLocalDate(firstDay, -1),
        to: lastDay,
        weekdays: shift.weekdays,
        startTime: change ?? shift.startTime,
        endTime: change ?? shift.endTime,
      };
      const depots = [depotOf(rows, request.uncoveredKato)];
      const tariff = tariffOf(request);
      const maxAdded = Math.min(MAX_VEHICLES, rows.length);
      const shares = rows.some((r) => r.mobility.wheelchair !== 'NONE') ? MIX_SHARES : [0];
      // Each share's bisection: the most and the fewest vehicles, then halving the gap.
      const expected = shares.length * (2 + Math.ceil(Math.log2(Math.max(2, maxAdded))));
      let replaysDone = 0;
      let last = -1;
      let lastWrite = 0;
      const input: WhatIfInput = {
        requests,
        shifts: [],
        observedDelays,
        policy: rules,
        tariffs: [{ providerId: LOT_SUPPLIER, ...tariff, validFrom: pattern.from, validTo: null }],
        travel: this.travel,
        replan: REPLAN,
        onProgress: async (percent) => {
          // Every replay reports up to 100 as it goes through the requests.
          if (percent === 100) replaysDone++;
          const overall = Math.min(
            99,
            Math.floor(((replaysDone + (percent === 100 ? 0 : percent / 100)) * 100) / expected),
          );
          const now = performance.now();
          if (overall === last || now - lastWrite < 500) return;
          last = overall;
          lastWrite = now;
          await this.runs.update({ id: run.id, status: 'RUNNING' }, { progress: overall });
          await progress(overall);
        },
      };
      const found = await sizeFleetMix(
        input,
        { kind: SIZING_VEHICLES.wheelchair, pattern, depots },
        { kind: SIZING_VEHICLES.standard, pattern, depots },
        run.targetPercent / 100,
        maxAdded,
        shares,
      );
      const vehicles = found.added ?? maxAdded;
      const f = found.result.figures;
      const served = found.result.outcomes.filter((o) => o.status === 'SCHEDULED').length;
      const result: LotSizing = {
        targetPercent: run.targetPercent,
        reached: found.added !== null,
        vehicles,
        wheelchairVehicles: Math.round(vehicles * found.wheelchairShare),
        shift,
        firstDay,
        lastDay,
        rides: requests.length,
        served,
        servedPercent: percentOf(served, requests.length),
        onTimePercent: f.onTime.onTimeShare === null ? null : Math.round(f.onTime.onTimeShare * 1000) / 10,
        expectedOnTimePercent:
          found.result.expectedOnTimeShare === null
            ? null
            : Math.round(found.result.expectedOnTimeShare * 1000) / 10,
        delays: { rides: observedDelays.length, scope, ...delays },
        serviceHours: Math.round(sizedVehicleHours(shift, vehicles, firstDay, lastDay) * 10) / 10,
        vehicleKm: Math.round(f.productivity.vehicleKm * 10) / 10,
        costTenge: Math.round(f.cost.costTenge),
        perRideTenge: f.cost.perTripTenge === null ? null : Math.round(f.cost.perTripTenge),
        tariffPerTrip: tariff.tariffPerTrip,
        tariffPerKm: tariff.tariffPerKm,
        replays: found.runs,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
      await this.finish(run, request.id, result);
      await progress(100);
      this.logger.info(
        { sizingId: run.id, requestId: request.id, rides: result.rides, vehicles, seconds: result.seconds },
        'lot sized',
      );
      return { status: 'DONE', vehicles, seconds: result.seconds };
    } catch (e) {
      // Figures and codes only: the rides' people never reach the log.
      this.logger.error(
        { sizingId: run.id, err: (e as Error).name, msg: (e as Error).message },
        'lot sizing failed',
      );
      return this.fail(run, 'SIZING_ERROR');
    }
  }

  /**
   * DONE with its result; the request's lot carries it when it carries none yet and is still a
   * DRAFT (a later run replaces it only when the officer attaches it).
   */
  private async finish(run: ProcurementSizingEntity, requestId: string, result: LotSizing): Promise<void> {
    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const m = uow.manager;
      const r = await m
        .getRepository(ProcurementRequestEntity)
        .findOne({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      await m.getRepository(ProcurementSizingEntity).update(
        { id: run.id },
        {
          status: 'DONE',
          progress: 100,
          result: result as never,
          finishedAt: this.clock.now(),
        },
      );
      const attach = !!r && r.status === 'DRAFT' && r.attachedSizingId === null;
      if (r && attach)
        await m
          .getRepository(ProcurementRequestEntity)
          .update({ id: r.id, version: r.version }, { attachedSizingId: run.id });
      uow.audit({
        action: 'procurement.sized',
        entityType: 'procurement_request',
        entityId: requestId,
        before: { attachedSizingId: r?.attachedSizingId ?? null, version: r?.version ?? null },
        after: {
          sizingId: run.id,
          attached: attach,
          targetPercent: result.targetPercent,
          vehicles: result.vehicles,
          wheelchairVehicles: result.wheelchairVehicles,
          rides: result.rides,
          servedPercent: result.servedPercent,
          expectedOnTimePercent: result.expectedOnTimePercent ?? null,
        },
      });
    });
  }

  private async fail(run: ProcurementSizingEntity, why: SizingFailure): Promise<{ status: string }> {
    await this.runs.update({ id: run.id }, { status: 'FAILED', note: why, finishedAt: this.clock.now() });
    return { status: 'FAILED' };
  }
}

/**
 * Where the lot's vehicles start their shifts: the middle of the rides' pickups; they serve the
 * rides' places and the request's uncovered ones.
 */
function depotOf(rows: readonly DemandRow[], uncoveredKato: readonly string[]): Depot {
  const first = rows[0]!;
  return {
    lat: rows.reduce((s, r) => s + r.pickupLat, 0) / rows.length,
    lon: rows.reduce((s, r) => s + r.pickupLon, 0) / rows.length,
    kato: first.pickupKato,
    districtKato: first.districtKato,
    providerId: LOT_SUPPLIER,
    serviceArea: [...new Set([...rows.map((r) => r.pickupKato), ...uncoveredKato.map((k) => k.trim())])],
  };
}

/** The lot's tariff (its figures: the region's contracts or the configured default). */
function tariffOf(r: ProcurementRequestEntity): Pick<ProviderTariff, 'tariffPerTrip' | 'tariffPerKm'> {
  const lot = r.demand.lot as { figures?: { key: string; value: number }[] } | undefined;
  const figure = (key: string): number | undefined => lot?.figures?.find((f) => f.key === key)?.value;
  const t = (r.demand.tariff ?? {}) as { perTrip?: number; perKm?: number };
  return {
    tariffPerTrip: figure('tariffPerTrip') ?? t.perTrip ?? 0,
    tariffPerKm: figure('tariffPerKm') ?? t.perKm ?? 0,
  };
}
