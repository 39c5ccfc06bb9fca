import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, localDateOf, localDateTimeToUtc, mergeCells, type Clock } from '@invataxi/domain';
import { computeRegionDays } from '@invataxi/dispatch';
import { OperationsFiguresRepository } from '@invataxi/persistence';
import { JobName, OnJob } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';

/** Days rolled up per pass: a first pass over a long history is spread over a few passes. */
const DAYS_PER_PASS = 120;
/**
 * Rides changed this long before the newest roll-up are looked at again: a ride committed just
 * after a roll-up read its day may carry an update time a little before the roll-up's.
 */
const OVERLAP_MS = 15 * 60_000;

/**
 * The daily roll-ups of the operations figures (issue 22): each closed local day (before today
 * by the injected clock) of each region whose rides changed since it was last rolled up, or that
 * has none, is computed from its facts again and replaced. Idempotent: a second run finds
 * nothing stale. The reports read today live, so a roll-up only has to be there by tomorrow.
 * The months the days belong to are summed again from their days (operations_month_rollup).
 * Each day's riders' misses are written with it (operations_rider_rollup: the per-rider table).
 */
@Injectable()
export class OperationsRollupProcessor {
  constructor(
    private readonly repo: OperationsFiguresRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnJob(JobName.RollUpOperations, { repeat: (c) => ({ everyMs: c.OPERATIONS_ROLLUP_INTERVAL_MS }) })
  rollUp(): Promise<{ days: number }> {
    return this.run();
  }

  /** Public for tests and the bench: passes until nothing is stale; how many region-days it wrote. */
  async run(): Promise<{ days: number }> {
    const today = localDateTimeToUtc(localDateOf(this.clock.now()), '00:00');
    const last = await this.repo.lastComputedAt();
    const since = last ? new Date(last.getTime() - OVERLAP_MS) : null;
    let days = 0;
    const months = new Set<string>();
    for (;;) {
      const stale = await this.repo.staleDays(today, since, DAYS_PER_PASS);
      for (const { regionKato, day } of stale) {
        // Read time first: a ride changed while the day is read leaves the row stale, not wrong.
        const computedAt = new Date();
        const computed = (await computeRegionDays(this.repo, regionKato, day, day, this.clock.now())).get(
          day,
        );
        await this.repo.saveRollup(
          regionKato,
          day,
          computed?.cells ?? [],
          computed?.riders ?? [],
          computedAt,
        );
        months.add(`${regionKato}|${day.slice(0, 7)}`);
        days++;
      }
      if (stale.length < DAYS_PER_PASS) break;
    }
    // Each touched month again from its days: a year's report reads 12 rows a region.
    for (const key of months) {
      const [regionKato, month] = key.split('|') as [string, string];
      const computedAt = new Date();
      const cells = mergeCells(await this.repo.dayCellsOfMonth(regionKato, month), month);
      await this.repo.saveMonthRollup(regionKato, month, cells, computedAt);
    }
    if (days > 0) this.logger.info({ days }, 'operations figures rolled up');
    return { days };
  }
}
