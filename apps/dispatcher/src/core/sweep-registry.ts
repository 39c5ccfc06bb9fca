import { Injectable } from '@nestjs/common';
import type { JobMessage } from '@invataxi/queue';

/**
 * A sweep rule looks at PostgreSQL (the truth) and returns the jobs that should exist for
 * work left unfinished. Jobs have deterministic ids, so returning one that is already queued
 * is harmless. Each feature adds the rules for its own states; a rule reads through the
 * repositories its feature injects.
 */
export type SweepRule = (staleBefore: Date) => Promise<JobMessage[]>;

@Injectable()
export class SweepRegistry {
  readonly rules: { name: string; rule: SweepRule }[] = [];

  add(name: string, rule: SweepRule): void {
    this.rules.push({ name, rule });
  }
}
