import { JobName, message, type JobMessage } from '@invataxi/queue';
import { arrivalAlertDue } from './schedule';

/**
 * For the dispatch engine's location pings: the job that tells the rider their vehicle is about
 * to arrive, or null while it is not yet due. Enqueue it in the ping's transaction
 * (`uow.enqueue(m)`); its id is the booking's, and the handler stores the message under a
 * dedup key, so pings every few seconds still make one message.
 */
export function vehicleArrivingMessage(
  bookingId: string,
  eta: Date,
  arrivalMinutes: number,
  now: Date = new Date(),
): JobMessage<JobName.NotifyVehicleArriving> | null {
  if (!arrivalAlertDue(eta, now, arrivalMinutes)) return null;
  return message(JobName.NotifyVehicleArriving, { bookingId, etaAt: eta.toISOString() }, bookingId);
}

/**
 * The "about to arrive" jobs a location ping calls for: one per pickup whose ETA (the same `at`
 * the rider's page shows) is within `arrivalMinutes`. The job id is the booking's and the
 * message is stored once per ride, so pings every few seconds still make one message.
 */
export function arrivalAlertsOf(
  etas: readonly { bookingId: string; kind: string; at: string }[],
  arrivalMinutes: number,
  now: Date,
): JobMessage<JobName.NotifyVehicleArriving>[] {
  const out: JobMessage<JobName.NotifyVehicleArriving>[] = [];
  for (const e of etas) {
    if (e.kind !== 'PICKUP') continue;
    const m = vehicleArrivingMessage(e.bookingId, new Date(e.at), arrivalMinutes, now);
    if (m) out.push(m);
  }
  return out;
}
