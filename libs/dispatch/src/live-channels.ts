/**
 * Redis pub/sub channels of the live views (SSE), under the QUEUE_PREFIX namespace: one per
 * booking (the rider follows it) and one per region (the dispatcher's board). Spelled only here:
 * the worker publishes placements, the API publishes the rest and subscribes.
 */
export type LiveTopic = 'booking' | 'region';

export function liveChannel(prefix: string, topic: LiveTopic, id: string): string {
  return `${prefix}:live:${topic}:${id}`;
}

export function livePositionKey(prefix: string, shiftId: string): string {
  return `${prefix}:live:position:${shiftId}`;
}
