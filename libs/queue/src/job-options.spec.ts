import { QUEUE_JOB_OPTIONS } from './job-options';
import { QueueName } from './queue-names';

/** The shortest time over which a queue's attempts are spread (BullMQ's exponential back-off, its jitter at the least). */
function shortestRetrySpanMs(queue: QueueName): number {
  const { attempts = 1, backoff } = QUEUE_JOB_OPTIONS[queue];
  if (!backoff || typeof backoff === 'number' || backoff.type !== 'exponential') return 0;
  const least = (backoff.delay ?? 0) * (1 - (backoff.jitter ?? 0));
  let span = 0;
  for (let made = 1; made < attempts; made++) span += 2 ** (made - 1) * least;
  return span;
}

describe('retry policy', () => {
  // The fault suite stops PostgreSQL for 8 s (11-21 s on a busy machine, restart included): a job
  // that gives up meanwhile is a dead letter for a fault that healed by itself.
  it.each([QueueName.Dispatch, QueueName.Maintenance])(
    '%s jobs keep trying for 30 s at the least (a database restart)',
    (queue) => {
      expect(shortestRetrySpanMs(queue)).toBeGreaterThanOrEqual(30_000);
    },
  );
});
