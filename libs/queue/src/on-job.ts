import type { AppConfig } from '@invataxi/config';
import type { JobName, JobOf } from './job-catalogue';
import type { JobContext } from './worker-host';

/** A repeatable job's rhythm: every so many milliseconds, or a cron pattern. */
export type Repeat = { everyMs: number } | { pattern: string; tz?: string };

export interface JobHandlerMetadata {
  name: JobName;
  /** Makes the job repeatable (kept in Redis by the dispatcher); read from the validated config. */
  repeat?: (config: AppConfig) => Repeat;
}

const ON_JOB = Symbol('invataxi:on-job');

/**
 * Marks a provider's method as the handler of one job (immich's @OnJob). The dispatcher finds
 * every such method at start-up; the compiler checks the method takes the catalogue's payload.
 */
export function OnJob<N extends JobName>(name: N, options: { repeat?: JobHandlerMetadata['repeat'] } = {}) {
  return <M extends (payload: JobOf<N>, ctx: JobContext) => Promise<unknown>>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    Reflect.defineMetadata(ON_JOB, { name, ...options } satisfies JobHandlerMetadata, descriptor.value!);
  };
}

/** The @OnJob metadata of a method, if it has one. */
export function jobHandlerOf(method: unknown): JobHandlerMetadata | undefined {
  return typeof method === 'function'
    ? (Reflect.getMetadata(ON_JOB, method) as JobHandlerMetadata | undefined)
    : undefined;
}
