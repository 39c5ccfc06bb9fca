/**
 * Redis pub/sub channels of the live views (SSE), under the QUEUE_PREFIX namespace: one per
 * booking (the rider follows it), one per region (the dispatcher's board) and one per rider
 * (every change of any of their bookings: the rider's page refreshes its lists and counts), and one
 * per shift (issue 23: every change of a ride on it, so the driver's page hears a cancellation).
 * Spelled only here: the worker publishes placements and rider changes, the API publishes the
 * rest and subscribes.
 */
export type LiveTopic = 'booking' | 'region' | 'rider' | 'shift';

/** What the rider's channel carries: ids, a status and a version; never personal data. */
export interface RiderBookingEvent {
  type: 'booking';
  bookingId: string;
  status: string;
  version: number;
}

export function liveChannel(prefix: string, topic: LiveTopic, id: string): string {
  return `${prefix}:live:${topic}:${id}`;
}

export function livePositionKey(prefix: string, shiftId: string): string {
  return `${prefix}:live:position:${shiftId}`;
}

/**
 * The latest ETAs of one booking's stops (computed from the vehicle's last position and the
 * route at a ping): what a live view opened between pings starts from.
 */
export function liveEtaKey(prefix: string, bookingId: string): string {
  return `${prefix}:live:eta:${bookingId}`;
}
