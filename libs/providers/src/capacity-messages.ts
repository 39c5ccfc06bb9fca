import { JobName, jobId, message, type JobMessage } from '@invataxi/queue';

/**
 * Coverage of a region changed (a provider registered, suspended, reinstated, terminated, its
 * area changed, or a new shift): the procurement fallback recomputes the region's unmet demand
 * and sends back to dispatch what a provider with shifts now serves.
 */
export function coverageChanged(regionKato: string, ...key: (string | number)[]): JobMessage {
  return message(JobName.AggregateDemand, { regionKato }, jobId(regionKato, ...key));
}

/** Capacity was added in a region (a new shift, a vehicle back in service): retry its waitlist. */
export function capacityAdded(regionKato: string, reason: string, ...key: (string | number)[]): JobMessage {
  return message(JobName.RetryWaitlist, { regionKato, reason }, jobId(regionKato, ...key));
}
