import { JobName, message, type JobMessage } from './job-catalogue';

/** What a booking's status change sets in motion: the one place that decides the fan-out. */
export function bookingStatusMessages(b: {
  id: string;
  version: number;
  status: string;
  channel: string;
}): JobMessage[] {
  const key = `${b.id}.v${b.version}`;
  const out: JobMessage[] = [bookingNotifyMessage(b)];
  if (b.status === 'ACCEPTED')
    out.push(message(JobName.DispatchBooking, { bookingId: b.id, version: b.version }, key));
  if (b.channel === 'PORTAL')
    out.push(message(JobName.SyncPortalStatus, { bookingId: b.id, version: b.version }, key));
  return out;
}

/** The rider-notification job of one booking version (the fan-out's, and the sweeper's again). */
export function bookingNotifyMessage(b: { id: string; version: number; status: string }): JobMessage {
  return message(
    JobName.NotifyBookingStatus,
    { bookingId: b.id, version: b.version, status: b.status },
    `${b.id}.v${b.version}`,
  );
}
