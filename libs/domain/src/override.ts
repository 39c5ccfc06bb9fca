// A dispatcher's override of the route check (issue 18, finding 3): why it was made, chosen from a
// list, and what it does to the other riders on the route, shown before it is saved and told to
// those riders after.
import { minutesAsShown } from './time';
import type { Language } from './vocabulary';

/** Why a dispatcher puts a ride on a route the check refuses. Stored in the audit row. */
export const OVERRIDE_REASONS = [
  /** The rider's medical priority (dialysis, chemotherapy): this vehicle is the one that gets there in time. */
  'MEDICAL_PRIORITY',
  /** The vehicle's equipment suits the rider although the check says otherwise (a folding chair, a transfer). */
  'VEHICLE_EQUIPMENT',
  /** The rider asked for this vehicle or driver. */
  'RIDER_REQUEST',
  /** The driver knows the address (a hard-to-find entrance, a known rider). */
  'DRIVER_KNOWS_ADDRESS',
  /** Anything else: the free text is required. */
  'OTHER',
] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

export function isOverrideReason(value: unknown): value is OverrideReason {
  return (OVERRIDE_REASONS as readonly unknown[]).includes(value);
}

type Texts = { readonly [L in Language]: string };

/** The reasons as the dispatcher reads them in the picker. */
export const OVERRIDE_REASON_LABELS: { readonly [R in OverrideReason]: Texts } = {
  MEDICAL_PRIORITY: {
    kk: 'Жолаушының медициналық басымдығы',
    ru: 'Медицинский приоритет пассажира',
    en: "The rider's medical priority",
  },
  VEHICLE_EQUIPMENT: {
    kk: 'Көліктің жабдығы жолаушыға сай келеді',
    ru: 'Оснащение машины подходит пассажиру',
    en: "The vehicle's equipment suits the rider",
  },
  RIDER_REQUEST: {
    kk: 'Жолаушының өтініші',
    ru: 'Просьба пассажира',
    en: "The rider's request",
  },
  DRIVER_KNOWS_ADDRESS: {
    kk: 'Жүргізуші мекенжайды біледі',
    ru: 'Водитель знает адрес',
    en: 'The driver knows the address',
  },
  OTHER: {
    kk: 'Басқа себеп (сипаттаңыз)',
    ru: 'Другое (опишите)',
    en: 'Other (describe it)',
  },
};

/** Whether the reason needs the dispatcher's own words besides the choice. */
export function overrideNoteRequired(reason: OverrideReason): boolean {
  return reason === 'OTHER';
}

/** Shortest free text accepted where it is required. */
export const OVERRIDE_NOTE_MIN_CHARS = 5;

/**
 * A move under this is within what an ETA drifts anyway: not listed, not worth a message.
 * Anything later than the rider's window is listed whatever its size.
 */
export const NOTICEABLE_MOVE_MS = 5 * 60_000;

/** One rider's planned times on the route (null: that stop is not on it, e.g. already picked up). */
export interface RiderTimes {
  pickupAt: Date | null;
  dropoffAt: Date | null;
}

/** The windows the rider was promised. */
export interface RiderWindows {
  pickupLatest: Date;
  dropoffLatest: Date;
}

/** What a change of the route does to one other rider. */
export interface RiderConsequence {
  bookingId: string;
  before: RiderTimes;
  after: RiderTimes;
  /** Minutes past the window at the later of pickup and drop-off (0: within). */
  minutesLate: number;
  /** Minutes the pickup comes after the pickup window (0: within). */
  pickupMinutesLate: number;
  /** Minutes the drop-off comes after the latest arrival (0: in time). */
  dropoffMinutesLate: number;
  /** Minutes past the window before the change (an override on an already late route). */
  minutesLateBefore: number;
}

/**
 * Whole minutes `at` is after `latest`, counted as the times are shown (HH:MM, seconds dropped):
 * 07:41:20 against 07:30 reads "07:41", so 11 min, not 12 (walk F4c). At least 1 when later at all.
 */
export function minutesLateAsShown(atMs: number, latestMs: number): number {
  if (atMs <= latestMs) return 0;
  return Math.max(1, minutesAsShown(new Date(latestMs), new Date(atMs)));
}

/**
 * Minutes `at` comes after the end of the window the rider was promised (0: within, or no time):
 * what "late" means wherever a rider's stop is said to be late (the board, the move's check and
 * its table of affected riders), walk t23 M2/M3.
 */
export const minutesPastWindow = (at: Date | null, latest: Date): number =>
  at ? minutesLateAsShown(at.getTime(), latest.getTime()) : 0;

function lateness(t: RiderTimes, w: RiderWindows): number {
  return Math.max(
    minutesPastWindow(t.pickupAt, w.pickupLatest),
    minutesPastWindow(t.dropoffAt, w.dropoffLatest),
  );
}

const movedBy = (a: Date | null, b: Date | null): number =>
  a && b ? Math.abs(a.getTime() - b.getTime()) : 0;

/**
 * The riders a new plan of a route makes late or moves noticeably: later than their window
 * (and later than before), or a pickup or drop-off moved by NOTICEABLE_MOVE_MS or more. Riders
 * who are not in `after` left the route with the change and are not listed here.
 */
export function riderConsequences(
  before: ReadonlyMap<string, RiderTimes>,
  after: ReadonlyMap<string, RiderTimes>,
  windows: ReadonlyMap<string, RiderWindows>,
): RiderConsequence[] {
  const out: RiderConsequence[] = [];
  for (const [bookingId, was] of before) {
    const now = after.get(bookingId);
    const w = windows.get(bookingId);
    if (!now || !w) continue;
    const lateBefore = lateness(was, w);
    const late = lateness(now, w);
    const moved = Math.max(movedBy(was.pickupAt, now.pickupAt), movedBy(was.dropoffAt, now.dropoffAt));
    if ((late > 0 && late > lateBefore) || moved >= NOTICEABLE_MOVE_MS)
      out.push({
        bookingId,
        before: was,
        after: now,
        minutesLate: late,
        pickupMinutesLate: minutesPastWindow(now.pickupAt, w.pickupLatest),
        dropoffMinutesLate: minutesPastWindow(now.dropoffAt, w.dropoffLatest),
        minutesLateBefore: lateBefore,
      });
  }
  return out.sort(
    (a, b) =>
      b.minutesLate - a.minutesLate ||
      (a.after.pickupAt ?? a.after.dropoffAt ?? new Date(0)).getTime() -
        (b.after.pickupAt ?? b.after.dropoffAt ?? new Date(0)).getTime(),
  );
}

/**
 * A rider's name as the console shows it to staff: the surname and initials ("Ахметова А. Б.").
 * Enough to recognise the rider on the phone, without spreading the full name over screens.
 */
export function staffDisplayName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  const [surname, ...given] = parts;
  return [surname, ...given.map((g) => `${[...g][0]!.toLocaleUpperCase()}.`)].join(' ');
}
