/**
 * Queue names are permanent: renaming one strands the jobs waiting in it (STYLE.md, 1).
 * This is the only place a queue's name is spelled.
 */
export enum QueueName {
  Dispatch = 'dispatch',
  Plan = 'plan',
  Procurement = 'procurement',
  PortalSync = 'portal-sync',
  Notifications = 'notifications',
  Maintenance = 'maintenance',
  /** What-if simulations (issue 25): long, CPU-bound, one at a time (QUEUE_CONCURRENCY) beside live dispatch. */
  WhatIf = 'whatif',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);

export function isQueueName(value: string): value is QueueName {
  return (ALL_QUEUES as readonly string[]).includes(value);
}
