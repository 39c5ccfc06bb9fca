import type { DefaultJobOptions } from 'bullmq';
import { QueueName } from './queue-names';

/**
 * Retry policy per queue, in one place (STYLE.md, 5): attempts, exponential back-off with
 * jitter, bounded retention. Jobs are idempotent, so retrying is always safe.
 */
export const QUEUE_JOB_OPTIONS: { readonly [Q in QueueName]: DefaultJobOptions } = {
  [QueueName.Dispatch]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 5000 },
    removeOnFail: { age: 7 * 86400 },
  },
  [QueueName.Plan]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
    removeOnComplete: { age: 86400, count: 200 },
    removeOnFail: { age: 7 * 86400 },
  },
  [QueueName.Procurement]: {
    attempts: 10,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 1000 },
    removeOnFail: { age: 7 * 86400 },
  },
  [QueueName.PortalSync]: {
    attempts: 12,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 5000 },
    removeOnFail: { age: 7 * 86400 },
  },
  [QueueName.Notifications]: {
    attempts: 6,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 5000 },
    removeOnFail: { age: 7 * 86400 },
  },
  [QueueName.Maintenance]: {
    // Kept trying through a PostgreSQL restart, as dispatch jobs are (32 s at the least): with 3
    // attempts a sweep gave up within 1.5-3 s of the fault suite's 8 s outage, and its dead letter,
    // written as the server came back, failed the scenario.
    attempts: 7,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 100 },
  },
  [QueueName.WhatIf]: {
    // A simulation that failed twice will fail again: the officer sees it failed and runs it anew.
    attempts: 2,
    backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
    removeOnComplete: { age: 86400, count: 200 },
    removeOnFail: { age: 7 * 86400 },
  },
};

/**
 * Jobs a worker runs at once on a queue, where it is not the process's DISPATCHER_CONCURRENCY:
 * a what-if simulation takes a core for minutes, so one at a time, leaving the other core to
 * live dispatch (issue 25, "Speed").
 */
export const QUEUE_CONCURRENCY: { readonly [Q in QueueName]?: number } = {
  [QueueName.WhatIf]: 1,
};
