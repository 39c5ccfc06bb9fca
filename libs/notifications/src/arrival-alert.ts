import { JobName, message, type JobMessage } from '@invataxi/queue';
import { arrivingPickups, RUNNING_LATE_MINUTES, type StopAhead, type StopEta } from '@invataxi/domain';
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
 * The "about to arrive" jobs a location ping calls for (issue 22, M4): one per pick-up that is
 * the vehicle's next stop (or the driver is on the way to it) whose ETA (the same `at` the
 * rider's page shows: after the stops before it, never before its window opens) is within
 * `arrivalMinutes`. The job id is the booking's and the message is stored once per ride, so
 * pings every few seconds still make one message.
 */
export function arrivalAlertsOf(
  stops: readonly StopAhead[],
  etas: readonly StopEta[],
  arrivalMinutes: number,
  now: Date,
): JobMessage<JobName.NotifyVehicleArriving>[] {
  return arrivingPickups(stops, etas, arrivalMinutes, now).map((e) =>
    message(JobName.NotifyVehicleArriving, { bookingId: e.bookingId, etaAt: e.at }, e.bookingId),
  );
}

/**
 * The "running late" checks a location ping calls for (walk t23 M5): the pick-up the vehicle is
 * heading to (its next stop, or the driver said they are on the way), before the pickup, whose
 * live ETA is more than RUNNING_LATE_MINUTES past its window's opening (no told time can be
 * passed by that much otherwise). The handler compares it with what the rider was last told; one
 * job per ride per minute.
 */
export function runningLateChecksOf(
  stops: readonly StopAhead[],
  etas: readonly StopEta[],
  now: Date,
): JobMessage<JobName.NotifyVehicleLate>[] {
  return etas
    .filter((e, i) => {
      const s = stops[i];
      if (e.kind !== 'PICKUP' || !s || !['SCHEDULED', 'EN_ROUTE'].includes(s.status)) return false;
      if (!(i === 0 || s.status === 'EN_ROUTE')) return false;
      return !s.opensAt || Date.parse(e.at) - s.opensAt.getTime() > RUNNING_LATE_MINUTES * 60_000;
    })
    .map((e) =>
      message(
        JobName.NotifyVehicleLate,
        { bookingId: e.bookingId, etaAt: e.at },
        `${e.bookingId}.${Math.floor(now.getTime() / 60_000)}`,
      ),
    );
}
