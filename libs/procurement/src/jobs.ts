import { jobId, JobName, message, type JobMessage } from '@invataxi/queue';

/**
 * The one way a submission is enqueued (the officer's submit or resubmit, the sweeper): the job
 * id is the request id + the version submitted, like the idempotency key the lot is sent with.
 */
export function submitProcurementMessage(requestId: string, version: number): JobMessage {
  return message(JobName.SubmitProcurement, { requestId, version }, jobId(requestId, 'v', version));
}

/**
 * A callback from the procurement system only wakes the poll: the outcome is read back from the
 * system itself, and one id per lot and status makes a callback that arrives twice one poll.
 */
export function pollProcurementMessage(lotId: string, status: string): JobMessage {
  return message(JobName.PollProcurement, {}, jobId('callback', lotId, status));
}

/** The one way a lot's sizing run is enqueued (the officer's start, the sweeper): job id = the run's id. */
export function sizeLotMessage(sizingId: string): JobMessage<JobName.SizeLot> {
  return message(JobName.SizeLot, { sizingId }, sizingId);
}
