// A driver's licence and the shifts it allows (issue 21): a licence is valid through its
// valid-until day (local time); a shift is allowed only when the licence is still valid on the
// local day the shift ends, so no part of a shift is driven on an expired licence. A driver
// recorded before the date was kept has no date: nothing is refused, and the page says "not recorded".
import { addDaysToLocalDate, localDateOf, type LocalDate } from './time';

export const LICENCE_STATES = ['VALID', 'EXPIRING_SOON', 'EXPIRED', 'NOT_RECORDED'] as const;

/** The refusals of a licence with words of their own (messages.ts), said at the shift's driverId. */
export const LICENCE_REFUSALS = ['LICENCE_EXPIRED'] as const;
export type LicenceRefusal = (typeof LICENCE_REFUSALS)[number];
export type LicenceState = (typeof LICENCE_STATES)[number];

/**
 * How long before its end a licence is "expiring soon": a month gives the admin time to see the
 * renewal done before the rota needs it (a working choice, not a rule of law).
 */
export const LICENCE_EXPIRING_DAYS = 30;

export function licenceState(validUntil: LocalDate | null, today: LocalDate): LicenceState {
  if (!validUntil) return 'NOT_RECORDED';
  if (validUntil < today) return 'EXPIRED';
  if (validUntil < addDaysToLocalDate(today, LICENCE_EXPIRING_DAYS)) return 'EXPIRING_SOON';
  return 'VALID';
}

/** Whether the licence is valid for the whole of a shift ending at `endsAt`. */
export function licenceCoversShift(validUntil: LocalDate | null, endsAt: Date): boolean {
  if (!validUntil) return true;
  // A shift ending exactly at midnight was driven on the day before.
  return localDateOf(new Date(endsAt.getTime() - 1)) <= validUntil;
}
