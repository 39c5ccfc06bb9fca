import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { jobId, JobName, message, OnJob, type JobMessage, type JobOf } from '@invataxi/queue';
import { submitProcurementMessage } from '@invataxi/procurement';
import { LOGGER, type Logger } from '@invataxi/platform';
import { ProcurementDemandRepository, ProcurementRequestsRepository } from '@invataxi/persistence';
import { SweepRegistry } from '../core/sweep-registry';
import { DemandAggregator } from './demand-aggregator';
import { escalateStaleRequests, raiseDailyDigests } from './escalation';
import { LotSubmitter } from './lot-submitter';
import { OutcomeRecorder } from './outcome-recorder';
import { CLOCK, type Clock } from '@invataxi/domain';

/**
 * The procurement queue's handlers (aggregate, submit, poll) and the sweep rules that keep the
 * fallback moving when Redis lost its jobs or nothing else wakes it (shifts added to a new
 * supplier, a booking's time passing, a lost submission).
 */
@Injectable()
export class ProcurementProcessor implements OnModuleInit {
  constructor(
    readonly aggregator: DemandAggregator,
    readonly submitter: LotSubmitter,
    readonly outcomes: OutcomeRecorder,
    private readonly ds: DataSource,
    private readonly sweeps: SweepRegistry,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly demand: ProcurementDemandRepository,
    private readonly requests: ProcurementRequestsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sweeps.add('procurement-awaiting', () => this.awaitingRegions());
    this.sweeps.add('procurement-submitted', (staleBefore) => this.lostSubmissions(staleBefore));
  }

  @OnJob(JobName.AggregateDemand)
  async aggregateDemand({ regionKato }: JobOf<JobName.AggregateDemand>) {
    const out = await this.aggregator.aggregate(regionKato, this.clock.now());
    this.logger.info(
      {
        regionKato,
        released: out.released.length,
        expired: out.expired.length,
        waiting: out.waiting,
        requestId: out.requestId,
        attached: out.attached,
      },
      'procurement demand aggregated',
    );
    return {
      released: out.released.length,
      expired: out.expired.length,
      waiting: out.waiting,
      attached: out.attached,
      requestId: out.requestId,
    };
  }

  @OnJob(JobName.SubmitProcurement)
  async submitProcurement({ requestId, version }: JobOf<JobName.SubmitProcurement>) {
    const out = await this.submitter.submit(requestId, version);
    this.logger.info({ requestId, version, outcome: out.kind }, 'procurement submission');
    return out;
  }

  @OnJob(JobName.PollProcurement, { repeat: (c) => ({ everyMs: c.PROCUREMENT_POLL_INTERVAL_MS }) })
  async pollProcurement() {
    const out = await this.outcomes.poll();
    const now = this.clock.now();
    const escalated = await escalateStaleRequests(
      this.ds,
      this.requests,
      {
        escalation: this.config.PROCUREMENT_ESCALATION_DAYS,
        onboardingStall: this.config.PROCUREMENT_ONBOARDING_STALL_DAYS,
      },
      now,
    );
    const digests = await raiseDailyDigests(this.ds, this.requests, now);
    if (out.asked > 0 || escalated > 0 || digests > 0)
      this.logger.info(
        {
          ...out,
          awarded: out.awarded.length,
          failed: out.failed.length,
          notApplied: out.notApplied.length,
          escalated,
          digests,
        },
        'procurement poll',
      );
    return {
      asked: out.asked,
      awarded: out.awarded.length,
      failed: out.failed.length,
      notApplied: out.notApplied.length,
      escalated,
      digests,
    };
  }

  /**
   * Regions whose waiting bookings have something to do: not yet in a request, now served by a
   * provider with shifts (the hook for shifts added to a new supplier), or past their time.
   * One AggregateDemand per region per minute at most (the job id carries the minute).
   */
  async awaitingRegions(now = this.clock.now()): Promise<JobMessage[]> {
    const regions = await this.demand.regionsWithAwaitingWork(now);
    const minute = Math.floor(now.getTime() / 60_000);
    return regions.map((regionKato) =>
      message(JobName.AggregateDemand, { regionKato }, jobId(regionKato, 'sweep', minute)),
    );
  }

  /** A SUBMITTED request untouched for a while has lost its submission job: same id again. */
  private async lostSubmissions(staleBefore: Date): Promise<JobMessage[]> {
    const rows = await this.requests.findSubmittedBefore(staleBefore);
    return rows.map((r) => submitProcurementMessage(r.id, r.version));
  }
}
