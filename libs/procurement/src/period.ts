// The period a procurement request buys service for (issue 20, "a lot worth buying"): at least
// the rest of the budget year (Kazakhstan's budget year is the calendar year), so a lot is never
// a few weeks of rides; late in the year (from 1 October, under three months left) it runs to the
// end of the next budget year. The start is the stable key of the region's one DRAFT
// (uq_procurement_open_draft): 1 January, or 1 October for the late-year period; demand is
// counted from today (aggregateDemand). The law fixes no period for invataxi (DOMAIN.md, "Still
// unknown"), so this is a choice, not a rule.
import { addDaysToLocalDate, localDateOf, type LocalDate } from '@invataxi/domain';

export interface ProcurementPeriod {
  /** First local date, inclusive. */
  start: LocalDate;
  /** Last local date, inclusive. */
  end: LocalDate;
  /** Whole months in the period. */
  months: number;
}

/** From this month on, the rest of the year is too short for a lot: the next year is added. */
export const LATE_YEAR_FROM_MONTH = 10;

export function procurementPeriodOf(instant: Date): ProcurementPeriod {
  const local = localDateOf(instant);
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  if (month >= LATE_YEAR_FROM_MONTH)
    return { start: `${year}-${LATE_YEAR_FROM_MONTH}-01`, end: `${year + 1}-12-31`, months: 15 };
  return { start: `${year}-01-01`, end: `${year}-12-31`, months: 12 };
}

/** The shortest lot worth a procurement (issue 20: three weeks of rides is not a purchase). */
export const MIN_LOT_DAYS = 30;

/** A refusal of the officer's period, at its field, with the sentence that says it (libs/domain messages). */
export interface LotPeriodError {
  field: 'lotStart' | 'lotEnd';
  code: 'OUT_OF_RANGE';
  say: {
    key: 'LOT_PERIOD_IN_PAST' | 'LOT_PERIOD_TOO_SHORT' | 'LOT_PERIOD_TOO_LONG';
    params: Record<string, string | number>;
  };
}

/**
 * The period an officer picks for a lot: it starts today or later, runs at least MIN_LOT_DAYS,
 * and ends at the latest where the default period could (the end of the next budget year: a
 * lot is bought from budgets already planned).
 */
export function lotPeriodErrors(start: LocalDate, end: LocalDate, today: LocalDate): LotPeriodError[] {
  const errors: LotPeriodError[] = [];
  if (start < today)
    errors.push({
      field: 'lotStart',
      code: 'OUT_OF_RANGE',
      say: { key: 'LOT_PERIOD_IN_PAST', params: dated(today) },
    });
  const shortest = addDaysToLocalDate(start, MIN_LOT_DAYS - 1);
  const latest = `${Number(today.slice(0, 4)) + 1}-12-31`;
  if (end < shortest)
    errors.push({
      field: 'lotEnd',
      code: 'OUT_OF_RANGE',
      say: { key: 'LOT_PERIOD_TOO_SHORT', params: { days: MIN_LOT_DAYS, ...dated(shortest) } },
    });
  else if (end > latest)
    errors.push({
      field: 'lotEnd',
      code: 'OUT_OF_RANGE',
      say: { key: 'LOT_PERIOD_TOO_LONG', params: dated(latest) },
    });
  return errors;
}

/** A date as the messages say it: '{date:date}' (day and month in words) and '{year}'. */
function dated(d: LocalDate): { date: string; year: string } {
  return { date: d, year: d.slice(0, 4) };
}
