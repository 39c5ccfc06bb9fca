import { QueueName } from './queue-names';

/**
 * Every job: its name, the queue it runs on and its payload. Payloads carry ids, never
 * personal data: the processor re-reads the row and checks its status and version.
 * Producer and processor share these types (STYLE.md, 1-2).
 */
export enum JobName {
  /** Place one ACCEPTED booking on a route (job id: booking id + version). */
  DispatchBooking = 'dispatch.booking',
  /** Capacity changed in a region: retry its waitlisted bookings in priority order. */
  RetryWaitlist = 'dispatch.retry-waitlist',
  /** Re-plan a region's day with the improvement search. */
  PlanDay = 'plan.day',
  /** Providers changed or bookings arrived: recompute a region's unmet demand and its DRAFT. */
  AggregateDemand = 'procurement.aggregate',
  /** Send a SUBMITTED procurement request to the procurement system. */
  SubmitProcurement = 'procurement.submit',
  /** Ask the procurement system what became of published lots. */
  PollProcurement = 'procurement.poll',
  /** Tell the Social Services Portal a booking's status (per-booking order by version). */
  SyncPortalStatus = 'portal.status',
  /** Submit an approved billing act to the Portal. */
  SubmitBillingAct = 'portal.billing-act',
  /** Ask the Portal what became of submitted billing acts (paid, rejected). */
  PollBillingActs = 'portal.billing-act-poll',
  /** A REQUESTED booking waits for the Portal's eligibility answer: ask again. */
  RecheckEligibility = 'portal.eligibility-recheck',
  /** A booking changed status: decide whom to tell. */
  NotifyBookingStatus = 'notify.booking-status',
  /** Deliver one stored notification over its channel. */
  SendNotification = 'notify.send',
  /** Evening-before reminders. */
  SendReminders = 'notify.reminders',
  /** The vehicle is expected within NOTIFY_ARRIVAL_MINUTES (from an ETA): tell the rider once. */
  NotifyVehicleArriving = 'notify.vehicle-arriving',
  /** The live ETA slipped well past the pickup time the rider was last told (walk t23 M5). */
  NotifyVehicleLate = 'notify.vehicle-late',
  /** A dispatcher's override moved a scheduled ride's pickup: tell the rider the new time (issue 18). */
  NotifyPickupMoved = 'notify.pickup-moved',
  /** A rider's dispute of a no-show was decided: tell them the decision and why (issue 23). */
  NotifyNoShowDecision = 'notify.no-show-decision',
  /** Frequent: find rides whose planned pickup is near and tell their riders the vehicle is coming. */
  ScanArrivals = 'notify.arrival-scan',
  /** Re-enqueue work for anything stuck in a non-final state (Redis may have lost it). */
  Sweep = 'maintenance.sweep',
  /** Materialise recurring series a rolling number of days ahead. */
  MaterialiseSeries = 'maintenance.materialise-series',
  /** Roll up the closed days of the operations figures whose rides changed (issue 22). */
  RollUpOperations = 'maintenance.operations-rollup',
  /** Size a procurement request's lot: the fleet that serves its demand at the officer's target (issue 25). */
  SizeLot = 'whatif.size-lot',
  /** Replay one stored what-if run (a scenario; issue 25) and store its result. */
  RunWhatIf = 'whatif.run',
}

export interface JobPayloads {
  [JobName.DispatchBooking]: { bookingId: string; version: number };
  [JobName.RetryWaitlist]: { regionKato: string; reason: string };
  [JobName.PlanDay]: { regionKato: string; date: string; runId: string };
  [JobName.AggregateDemand]: { regionKato: string };
  [JobName.SubmitProcurement]: { requestId: string; version: number };
  [JobName.PollProcurement]: Record<string, never>;
  [JobName.SyncPortalStatus]: { bookingId: string; version: number };
  [JobName.SubmitBillingAct]: { actId: string; version: number };
  [JobName.PollBillingActs]: Record<string, never>;
  [JobName.RecheckEligibility]: { bookingId: string; version: number };
  [JobName.NotifyBookingStatus]: { bookingId: string; version: number; status: string };
  [JobName.SendNotification]: { notificationId: string };
  [JobName.SendReminders]: { date?: string };
  [JobName.NotifyVehicleArriving]: { bookingId: string; etaAt: string };
  [JobName.NotifyVehicleLate]: { bookingId: string; etaAt: string };
  [JobName.NotifyPickupMoved]: { bookingId: string; plannedPickupAt: string };
  [JobName.NotifyNoShowDecision]: { bookingId: string };
  [JobName.ScanArrivals]: Record<string, never>;
  [JobName.Sweep]: Record<string, never>;
  [JobName.MaterialiseSeries]: Record<string, never>;
  [JobName.RollUpOperations]: Record<string, never>;
  [JobName.SizeLot]: { sizingId: string };
  [JobName.RunWhatIf]: { runId: string };
}

export type JobOf<N extends JobName> = JobPayloads[N];

/** Which queue each job runs on. */
export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  [JobName.DispatchBooking]: QueueName.Dispatch,
  [JobName.RetryWaitlist]: QueueName.Dispatch,
  [JobName.PlanDay]: QueueName.Plan,
  [JobName.AggregateDemand]: QueueName.Procurement,
  [JobName.SubmitProcurement]: QueueName.Procurement,
  [JobName.PollProcurement]: QueueName.Procurement,
  [JobName.SyncPortalStatus]: QueueName.PortalSync,
  [JobName.SubmitBillingAct]: QueueName.PortalSync,
  [JobName.PollBillingActs]: QueueName.PortalSync,
  [JobName.RecheckEligibility]: QueueName.PortalSync,
  [JobName.NotifyBookingStatus]: QueueName.Notifications,
  [JobName.SendNotification]: QueueName.Notifications,
  [JobName.SendReminders]: QueueName.Notifications,
  [JobName.NotifyVehicleArriving]: QueueName.Notifications,
  [JobName.NotifyVehicleLate]: QueueName.Notifications,
  [JobName.NotifyPickupMoved]: QueueName.Notifications,
  [JobName.NotifyNoShowDecision]: QueueName.Notifications,
  [JobName.ScanArrivals]: QueueName.Notifications,
  [JobName.Sweep]: QueueName.Maintenance,
  [JobName.MaterialiseSeries]: QueueName.Maintenance,
  [JobName.RollUpOperations]: QueueName.Maintenance,
  [JobName.SizeLot]: QueueName.WhatIf,
  [JobName.RunWhatIf]: QueueName.WhatIf,
};

/** A job to be enqueued: written to the outbox inside a transaction, relayed later. */
export interface JobMessage<N extends JobName = JobName> {
  name: N;
  payload: JobOf<N>;
  /** Deterministic: the same work always gets the same id, so a second enqueue is a no-op. */
  jobId: string;
  delayMs?: number;
}

/** BullMQ refuses ':' in custom ids and ids that are plain integers. */
export function jobId(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).replace(/:/g, '_')).join('.');
}

export function message<N extends JobName>(
  name: N,
  payload: JobOf<N>,
  id: string,
  delayMs?: number,
): JobMessage<N> {
  return { name, payload, jobId: `${name}.${id}`, ...(delayMs ? { delayMs } : {}) };
}

export function isJobName(value: string): value is JobName {
  return (Object.values(JobName) as string[]).includes(value);
}

/**
 * A what-if run's replay (issue 25). The id names the run and how many replays it had started
 * when enqueued: a run asked again after a failure gets a job of its own (BullMQ keeps the failed
 * one under the old id), while the same run enqueued twice meanwhile stays one job.
 */
export function runWhatIfMessage(runId: string, attempts: number): JobMessage<JobName.RunWhatIf> {
  return message(JobName.RunWhatIf, { runId }, jobId('run', runId, attempts));
}
