import { Inject, Injectable } from '@nestjs/common';
import { JobName, OnJob } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { SeriesMaterialiser } from '@invataxi/booking';

/** Every hour: a rolling horizon of each recurring series becomes bookings (SERIES_HORIZON_DAYS). */
export const MATERIALISE_EVERY_MS = 3_600_000;

/**
 * MaterialiseSeries: calls the same use case the API uses when a series is created, so an
 * occurrence booked by the job passed the same checks. Idempotent (materialised_until only
 * moves forward; an occurrence already booked is skipped), so a re-run or a second worker is harmless.
 */
@Injectable()
export class SeriesProcessor {
  constructor(
    private readonly materialiser: SeriesMaterialiser,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnJob(JobName.MaterialiseSeries, { repeat: () => ({ everyMs: MATERIALISE_EVERY_MS }) })
  materialise(): Promise<{ series: number; created: number; rejected: number }> {
    return this.run();
  }

  async run(now?: Date): Promise<{ series: number; created: number; rejected: number }> {
    const r = await this.materialiser.runAll(now);
    if (r.created > 0 || r.rejected > 0) this.logger.info(r, 'series materialised');
    return r;
  }
}
