import type { DeadLetterEntity, JsonObject } from '@invataxi/persistence';

/** A job that failed for good, as the admin list answers it (the table's row is not the answer). */
export interface DeadLetterView {
  id: string;
  queue: string;
  jobName: string;
  jobId: string;
  payload: JsonObject;
  error: string;
  attempts: number;
  failedAt: Date;
  retriedAt: Date | null;
}

export function deadLetterView(e: DeadLetterEntity): DeadLetterView {
  return {
    id: e.id,
    queue: e.queue,
    jobName: e.jobName,
    jobId: e.jobId,
    payload: e.payload,
    error: e.error,
    attempts: e.attempts,
    failedAt: e.failedAt,
    retriedAt: e.retriedAt,
  };
}
