/**
 * STAND-IN BEHAVIOUR: what each simulated rider has already asked for, so the city never books
 * one person twice for the same time (t22 M5: Ильяс К. was picked up twice at 07:13 and 07:17,
 * then marked a no-show on one vehicle while riding the other; Самат К. had two dialysis series
 * every day). A person books one outing at a time: from leaving home to being back, with a margin
 * for the ride itself; a second request is only made for a time that outing leaves free, and at
 * most one ride a day for each purpose (so one standing series per purpose).
 */
import { addDaysToLocalDate, localDateTimeToUtc, type LocalDate } from '@invataxi/domain';

/** Before the first anchor and after the last one: the ride's own pick-up window and ride time. */
export const OUTING_MARGIN_MINUTES = 120;

/** One day's outing: the anchor time (and the return's pick-up), local minutes on `day`. */
export interface OutingAsk {
  day: LocalDate;
  minute: number;
  returnMinute: number | null;
}

/** A rider's planned request: one outing, or a series of them (ISO weekdays, 1 = Monday). */
export interface RiderAsk {
  purpose: string;
  outing: OutingAsk;
  series?: { weekdays: readonly number[]; toDate: LocalDate };
}

interface Busy {
  from: number;
  to: number;
  day: LocalDate;
  purpose: string;
}

const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** ISO weekday (1 = Monday) of a local date. */
function isoWeekday(day: LocalDate): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The outings an ask makes: one, or each date of its series. */
export function outingsOf(ask: RiderAsk): Busy[] {
  const days: LocalDate[] = [];
  if (!ask.series) days.push(ask.outing.day);
  else
    for (let d = ask.outing.day; d <= ask.series.toDate; d = addDaysToLocalDate(d, 1))
      if (ask.series.weekdays.includes(isoWeekday(d))) days.push(d);
  return days.map((day) => {
    const first = Math.max(0, ask.outing.minute - OUTING_MARGIN_MINUTES);
    const last = Math.min(
      24 * 60 - 1,
      (ask.outing.returnMinute ?? ask.outing.minute) + OUTING_MARGIN_MINUTES,
    );
    return {
      from: localDateTimeToUtc(day, hhmm(first)).getTime(),
      to: localDateTimeToUtc(day, hhmm(last)).getTime(),
      day,
      purpose: ask.purpose,
    };
  });
}

/** The riders' booked outings (a series' every date), by beneficiary id. */
export class RiderCalendar {
  private readonly busy = new Map<string, Busy[]>();

  /**
   * Whether the rider can ask for this: no outing of theirs overlaps it, and no ride for the same
   * purpose that day (so a second dialysis series beside the first is never asked for).
   */
  free(beneficiaryId: string, ask: RiderAsk): boolean {
    const held = this.busy.get(beneficiaryId) ?? [];
    return outingsOf(ask).every(
      (o) =>
        !held.some((h) => (h.from < o.to && o.from < h.to) || (h.day === o.day && h.purpose === o.purpose)),
    );
  }

  /** Records an ask that was sent (whatever its answer: the person thinks of it as theirs). */
  book(beneficiaryId: string, ask: RiderAsk): void {
    const held = this.busy.get(beneficiaryId) ?? [];
    held.push(...outingsOf(ask));
    // Outings long past are forgotten (a month's history keeps the map small).
    const horizon = Math.max(...held.map((h) => h.to)) - 40 * 86_400_000;
    this.busy.set(
      beneficiaryId,
      held.filter((h) => h.to >= horizon),
    );
  }
}
