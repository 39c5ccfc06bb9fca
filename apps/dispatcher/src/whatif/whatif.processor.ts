import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addDaysToLocalDate,
  applyPolicyVariant,
  rulesApplied,
  localDateOf,
  observedPickupDelays,
  recordedDemand,
  CLOCK,
  localDateTimeToUtc,
  type Clock,
  type WhatIfRunResult,
  type WhatIfScenarioParams,
} from '@invataxi/domain';
import { RegionPolicies, TRAVEL_TIME } from '@invataxi/dispatch';
import {
  OperationsFiguresRepository,
  RefusedRequestsRepository,
  WhatIfRepository,
  WhatIfRunsRepository,
  type JsonObject,
  type WhatIfRunEntity,
} from '@invataxi/persistence';
import {
  JobName,
  OnJob,
  runWhatIfMessage,
  UnrecoverableError,
  type JobContext,
  type JobOf,
} from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import type { TravelTimeProvider } from '@invataxi/routing';
import { SweepRegistry } from '../core/sweep-registry';
import { demandBase, fleetOfShifts, refusedDemand, scaleByGrowth } from './demand-base';
import { fleetVariant } from './fleet-variant';
import { fleetCount, scenarioFleetChange, shiftsWithinHours } from './scenario-fleet';
import { replayWhatIf } from './whatif-replay';

/** The evening re-plan's search budget per replayed day (the live one has PLAN_TIME_LIMIT_MS for one day). */
export const WHATIF_REPLAN_MS_PER_DAY = 1000;
/** A RUNNING run this old has lost its job (a month's replay takes minutes). */
const WHATIF_RUNNING_STALE_MS = 60 * 60_000;
/** The evening re-plan runs the day before at this local time, as PLAN_EVENING_CRON does live. */
const REPLAN_AT = '20:00';

/** A run that cannot succeed however often it is tried: its note says why (a code). */
class RunRefused extends UnrecoverableError {}

/**
 * Queue "whatif" (issue 25): replays a stored run on a copy in memory (never a live row) and
 * stores its result whole, with DONE, in one statement. Progress is written at most once a
 * second. The queue's worker runs one replay at a time (QUEUE_CONCURRENCY). A dispatcher that
 * dies mid-replay leaves the job's lock to expire: BullMQ hands the stalled job to another
 * process, which starts the run again from the beginning (a run is a pure function of its
 * inputs and the recorded period, so nothing of the dead attempt is needed or kept).
 */
@Injectable()
export class WhatIfProcessor implements OnModuleInit {
  constructor(
    private readonly runs: WhatIfRunsRepository,
    private readonly recorded: WhatIfRepository,
    private readonly figures: OperationsFiguresRepository,
    private readonly refusedRequests: RefusedRequestsRepository,
    private readonly policies: RegionPolicies,
    private readonly ds: DataSource,
    private readonly sweeps: SweepRegistry,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Redis lost a run's job: enqueue it again. A QUEUED run's job keeps its id (one still
    // there is kept); a RUNNING one older than any replay has no live job left.
    this.sweeps.add('whatif-unfinished', async (staleBefore) => {
      const runningBefore = new Date(this.clock.now().getTime() - WHATIF_RUNNING_STALE_MS);
      return (await this.runs.unfinished(staleBefore, runningBefore)).map((r) =>
        runWhatIfMessage(r.id, r.attempts),
      );
    });
  }

  @OnJob(JobName.RunWhatIf)
  async run({ runId }: JobOf<JobName.RunWhatIf>, ctx: JobContext): Promise<unknown> {
    const run = await this.runs.start(runId, this.clock.now());
    if (!run) return { skipped: true };
    this.logger.info({ runId, kind: run.kind, attempt: run.attempts }, 'what-if run started');
    try {
      if (run.kind !== 'SCENARIO') throw new RunRefused('KIND_NOT_RUN_HERE');
      const result = await this.scenario(run, async (p) => {
        await this.runs.progress(runId, p);
        await ctx.progress(p);
      });
      const stored = await this.runs.finish(runId, result as unknown as JsonObject, this.clock.now());
      this.logger.info(
        { runId, seconds: result.seconds, requests: result.requests, stored },
        'what-if run finished',
      );
      return { requests: result.requests, servedShare: result.servedShare, seconds: result.seconds };
    } catch (e) {
      const note = e instanceof RunRefused ? e.message : `ERROR: ${(e as Error).message}`;
      await this.runs.fail(runId, note, this.clock.now());
      throw e;
    }
  }

  /** One scenario's replay: its demand base, fleet and policy variant; the figures of it. */
  async scenario(
    run: Pick<WhatIfRunEntity, 'regionKato' | 'params'>,
    onProgress: (percent: number) => Promise<void>,
  ): Promise<WhatIfRunResult> {
    const started = Date.now();
    const p = run.params as unknown as WhatIfScenarioParams;
    const from = localDateTimeToUtc(p.demand.from, '00:00');
    const to = localDateTimeToUtc(addDaysToLocalDate(p.demand.to, 1), '00:00');
    const [rows, refusals, kept, shiftRows, tariffs, inForce] = await Promise.all([
      this.recorded.demandOfPeriod(run.regionKato, from, to),
      // The requests the rules refused then: the reports' own query (requested and refused).
      this.figures.refusalFacts(run.regionKato, from, to),
      // Those refused for hours, notice or horizon with their asked trip: replayed.
      this.refusedRequests.ofPeriod(run.regionKato, from, to),
      this.recorded.shiftsOfPeriod(run.regionKato, from, to),
      this.figures.tariffs(run.regionKato),
      this.policies.inForce(this.ds.manager, run.regionKato, this.clock.now()),
    ]);
    const base = fleetOfShifts(shiftRows);
    const change = scenarioFleetChange(base, p.fleet, p.demand);
    if ((change.add ?? []).length > 0 && base.length === 0) throw new RunRefused('NO_DEPOT');
    const policy = applyPolicyVariant(inForce, p.policy);
    // Hours the scenario sets are the hours bought: the fleet works them only (walk t25 minor 1).
    const { shifts, cut } = p.policy.serviceHours
      ? shiftsWithinHours(fleetVariant(base, change), policy.serviceHours)
      : { shifts: fleetVariant(base, change), cut: undefined };
    let last = 0;
    const observedDelays = observedPickupDelays(rows);
    const r = await replayWhatIf({
      observedDelays,
      requests: [...demandBase(rows, p.demand.growth), ...refusedDemand(kept, p.demand.growth)],
      // A refusal whose asked trip is kept is replayed (above), not counted a second time.
      refused: scaleByGrowth(
        refusals.filter((x) => !x.kept),
        p.demand.growth,
        (x) => x,
      ),
      shifts,
      policy,
      tariffs,
      travel: this.travel,
      replan: { at: REPLAN_AT, timeLimitMs: WHATIF_REPLAN_MS_PER_DAY },
      onProgress: async (percent) => {
        const now = Date.now();
        if (now - last < 1000) return;
        last = now;
        // The replay computes without waiting on anything: let the job's lock be renewed and
        // other queues' jobs of this process run between requests.
        await new Promise((resolve) => setImmediate(resolve));
        await onProgress(percent);
      },
    });
    return {
      requests: r.figures.trips.requested,
      servedShare: r.servedShare,
      servedByReplan: r.servedByReplan,
      expectedOnTimeShare: r.expectedOnTimeShare,
      observedDelays: observedDelays.length,
      replans: r.replans,
      fleet: fleetCount(shifts),
      ...(cut ? { shiftsCut: cut } : {}),
      figures: r.figures,
      reasonParams: r.reasonParams,
      rules: rulesApplied(policy),
      recorded: {
        ...recordedDemand(
          [...rows.map((x) => localDateOf(x.requestedTime)), ...refusals.map((x) => localDateOf(x.at))],
          p.demand.from,
          p.demand.to,
        ),
        refused: refusals.length,
        replayed: kept.length,
      },
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  }
}
