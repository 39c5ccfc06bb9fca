import { Injectable } from '@nestjs/common';
import type { JobHandler, JobHandlers, JobName } from '@invataxi/queue';

export interface Schedule {
  name: JobName;
  every: { everyMs: number } | { pattern: string; tz?: string };
}

/**
 * Processors register their handlers and repeatable schedules here in onModuleInit; the
 * worker runner starts the queues once every module has registered.
 */
@Injectable()
export class JobRegistry {
  readonly handlers: JobHandlers = {};
  readonly schedules: Schedule[] = [];

  handle<N extends JobName>(name: N, handler: JobHandler<N>): void {
    if (this.handlers[name]) throw new Error(`Two handlers for ${name}`);
    (this.handlers as Record<string, unknown>)[name] = handler;
  }

  schedule(name: JobName, every: Schedule['every']): void {
    this.schedules.push({ name, every });
  }
}
