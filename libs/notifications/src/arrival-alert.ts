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
