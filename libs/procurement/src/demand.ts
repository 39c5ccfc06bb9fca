// Demand aggregation (issue 7): the figures of a region's procurement request, computed from the
// bookings waiting for a provider. Pure: the handler reads the rows, this decides the numbers,
// so the numbers are unit-tested and the officer can check each against the list behind it.
import {
  addDaysToLocalDate,
  daysBetweenLocalDates,
  occurrencesBetween,
  type LocalDate,
  type LocalTime,
  type TripPurpose,
  type Weekday,
} from '@invataxi/domain';
import type { ProcurementPeriod } from './period';
import type { Tariff } from './tariff';

/** A booking in AWAITING_PROCUREMENT, as aggregation needs it (ids and figures only). */
export interface WaitingBooking {
  id: string;
  beneficiaryId: string;
  pickupKato: string;
  purpose: TripPurpose;
  /** When the booking was made: the start of the wait, and the priority's first-come order. */
  requestedAt: Date;
  directMetres: number;
  /** The ride needs a wheelchair place. */
  wheelchair: boolean;
  seriesId: string | null;
}

/** A recurring series with a waiting occurrence: it counts in full for the period. */
export interface WaitingSeries {
  id: string;
  /** 0 = Monday ... 6 = Sunday (the domain's order; booking_series stores ISO 1..7). */
  weekdays: Weekday[];
  time: LocalTime;
  startDate: LocalDate;
  endDate: LocalDate;
}

export interface KatoDemand {
  kato: string;
  bookings: number;
  beneficiaries: number;
}

export interface DemandFigures {
  /** Pickup KATO codes with waiting demand, sorted: the service area to procure. */
  uncoveredKato: string[];
  bookingIds: string[];
  waitingBookings: number;
  beneficiaries: number;
  /** Beneficiaries with at least one waiting ride that needs a wheelchair place. */
  wheelchairBeneficiaries: number;
  /** wheelchairBeneficiaries / beneficiaries, two decimals (0 when there is no demand). */
  wheelchairShare: number;
  recurringSeries: number;
  /** Trips the contract must carry from `countedFrom` to the period's end. */
  tripsInPeriod: number;
  kmInPeriod: number;
  tripsPerMonth: number;
  kmPerMonth: number;
  estimatedBudgetTenge: number;
  tariff: Tariff;
  countedFrom: LocalDate;
  countedTo: LocalDate;
  byKato: KatoDemand[];
}

/** Average days in a month (365.25 / 12): turns a count over some days into a monthly rate. */
const DAYS_PER_MONTH = 30.4375;

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * The figures of the demand waiting in a region.
 * - A one-off booking is one trip of its direct distance.
 * - A recurring series counts in full: every occurrence from `today` (the past cannot be bought)
 *   to the end of the period, each of the average direct distance of its waiting bookings; the
 *   series' materialised bookings are not counted again.
 * - Rates per month divide by the counted days, so a request made late in a quarter does not
 *   understate the monthly demand.
 * - Budget = trips x tariff per trip + km x tariff per km, whole tenge.
 */
export function aggregateDemand(input: {
  bookings: readonly WaitingBooking[];
  series: readonly WaitingSeries[];
  period: ProcurementPeriod;
  today: LocalDate;
  tariff: Tariff;
}): DemandFigures {
  const { bookings, period, tariff } = input;
  const countedFrom = input.today > period.start ? input.today : period.start;
  const countedTo = period.end;
  const afterEnd = addDaysToLocalDate(countedTo, 1);
  const days = Math.max(1, daysBetweenLocalDates(countedFrom, afterEnd));

  const beneficiaries = new Set<string>();
  const wheelchair = new Set<string>();
  const kato = new Map<string, { bookings: number; beneficiaries: Set<string> }>();
  const seriesMetres = new Map<string, number[]>();
  let trips = 0;
  let metres = 0;

  for (const b of bookings) {
    beneficiaries.add(b.beneficiaryId);
    if (b.wheelchair) wheelchair.add(b.beneficiaryId);
    const k = kato.get(b.pickupKato) ?? { bookings: 0, beneficiaries: new Set<string>() };
    k.bookings++;
    k.beneficiaries.add(b.beneficiaryId);
    kato.set(b.pickupKato, k);
    if (b.seriesId) {
      seriesMetres.set(b.seriesId, [...(seriesMetres.get(b.seriesId) ?? []), b.directMetres]);
    } else {
      trips++;
      metres += b.directMetres;
    }
  }

  const seriesById = new Map(input.series.map((s) => [s.id, s]));
  for (const [id, ms] of seriesMetres) {
    const s = seriesById.get(id);
    const avg = ms.reduce((a, m) => a + m, 0) / ms.length;
    // A series we cannot read counts as its waiting occurrences only: never less than what waits.
    const count = s
      ? Math.max(
          ms.length,
          occurrencesBetween(
            { weekdays: s.weekdays, time: s.time, startDate: s.startDate, endDate: s.endDate },
            countedFrom,
            afterEnd,
          ).length,
        )
      : ms.length;
    trips += count;
    metres += count * avg;
  }

  const km = metres / 1000;
  const budget = Math.round(trips * tariff.perTrip + km * tariff.perKm);
  const uncoveredKato = [...kato.keys()].sort();
  return {
    uncoveredKato,
    bookingIds: bookings.map((b) => b.id).sort(),
    waitingBookings: bookings.length,
    beneficiaries: beneficiaries.size,
    wheelchairBeneficiaries: wheelchair.size,
    wheelchairShare: beneficiaries.size === 0 ? 0 : round(wheelchair.size / beneficiaries.size, 2),
    recurringSeries: seriesMetres.size,
    tripsInPeriod: trips,
    kmInPeriod: round(km, 1),
    tripsPerMonth: round((trips * DAYS_PER_MONTH) / days, 1),
    kmPerMonth: round((km * DAYS_PER_MONTH) / days, 1),
    estimatedBudgetTenge: budget,
    tariff,
    countedFrom,
    countedTo,
    byKato: uncoveredKato.map((code) => {
      const k = kato.get(code) as { bookings: number; beneficiaries: Set<string> };
      return { kato: code, bookings: k.bookings, beneficiaries: k.beneficiaries.size };
    }),
  };
}

/** booking_series stores ISO weekdays (1 = Monday .. 7 = Sunday); the domain counts from 0. */
export function isoToWeekday(iso: number): Weekday {
  if (!Number.isInteger(iso) || iso < 1 || iso > 7) throw new RangeError(`not an ISO weekday: ${iso}`);
  return (iso - 1) as Weekday;
}
