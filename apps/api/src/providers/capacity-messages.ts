import { JobName, jobId, message, type JobMessage } from '@invataxi/queue';

/**
 * Coverage of a region changed (a provider registered, suspended, reinstated, terminated, or its
 * area changed): the procurement fallback recomputes the region's unmet demand.
 */
export function coverageChanged(regionKato: string, ...key: (string | number)[]): JobMessage {
  return message(JobName.AggregateDemand, { regionKato }, jobId(regionKato, ...key));
}

/** Capacity was added in a region (a new shift, a vehicle back in service): retry its waitlist. */
export function capacityAdded(regionKato: string, reason: string, ...key: (string | number)[]): JobMessage {
  return message(JobName.RetryWaitlist, { regionKato, reason }, jobId(regionKato, ...key));
}
