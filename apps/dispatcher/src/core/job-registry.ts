import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { jobHandlerOf, type JobHandler, type JobHandlers, type JobName, type Repeat } from '@invataxi/queue';

export interface Schedule {
  name: JobName;
  every: Repeat;
}

/**
 * Every job's handler: the provider methods marked @OnJob. The worker runner has them found
 * at start-up (every provider exists by then) and refuses to start while a consumed job has
 * none; the queue processors route jobs through them.
 */
@Injectable()
export class JobRegistry {
  readonly handlers: JobHandlers = {};
  readonly schedules: Schedule[] = [];
  private discovered = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  discover(): JobHandlers {
    if (this.discovered) return this.handlers;
    this.discovered = true;
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const methods = instance as Record<string, unknown>;
      for (const key of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const meta = jobHandlerOf(methods[key]);
        if (!meta) continue;
        if (this.handlers[meta.name]) throw new Error(`Two handlers for ${meta.name}`);
        const method = methods[key] as JobHandler<JobName>;
        (this.handlers as Record<string, JobHandler<JobName>>)[meta.name] = (payload, ctx) =>
          method.call(instance, payload, ctx);
        if (meta.repeat) this.schedules.push({ name: meta.name, every: meta.repeat(this.config) });
      }
    }
    return this.handlers;
  }
}
