// The period a procurement request buys service for (issue 20, "a lot worth buying"): at least
// the rest of the budget year (Kazakhstan's budget year is the calendar year), so a lot is never
// a few weeks of rides; late in the year (from the region's procurementNextYearFromMonth, 1
// October by default) it runs to the end of the next budget year. The start is the stable key of
// the region's one DRAFT (uq_procurement_open_draft): 1 January, or the first of that month for
// the late-year period; demand is counted from today (aggregateDemand). The law fixes no period
// for invataxi (DOMAIN.md, "Still unknown"): the region's policy says it (its defaults are
// NATIONAL_DEFAULT_POLICY's).
import { addDaysToLocalDate, localDateOf, type LocalDate, type ServicePolicyRules } from '@invataxi/domain';

export interface ProcurementPeriod {
  /** First local date, inclusive. */
  start: LocalDate;
  /** Last local date, inclusive. */
  end: LocalDate;
  /** Whole months in the period. */
  months: number;
}

/** The policy rules a lot's period follows. */
export type LotPeriodRules = Pick<
  ServicePolicyRules,
  'procurementMinLotDays' | 'procurementNextYearFromMonth'
>;

export function procurementPeriodOf(instant: Date, rules: LotPeriodRules): ProcurementPeriod {
  const local = localDateOf(instant);
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  const from = rules.procurementNextYearFromMonth;
  if (month >= from)
    return {
      start: `${year}-${String(from).padStart(2, '0')}-01`,
      end: `${year + 1}-12-31`,
      months: 25 - from,
    };
  return { start: `${year}-01-01`, end: `${year}-12-31`, months: 12 };
}

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
 * The period an officer picks for a lot: it starts today or later, runs at least the region's
 * procurementMinLotDays,
 * and ends at the latest where the default period could (the end of the next budget year: a
 * lot is bought from budgets already planned).
 */
export function lotPeriodErrors(
  start: LocalDate,
  end: LocalDate,
  today: LocalDate,
  rules: LotPeriodRules,
): LotPeriodError[] {
  const minDays = rules.procurementMinLotDays;
  const errors: LotPeriodError[] = [];
  if (start < today)
    errors.push({
      field: 'lotStart',
      code: 'OUT_OF_RANGE',
      say: { key: 'LOT_PERIOD_IN_PAST', params: dated(today) },
    });
  const shortest = addDaysToLocalDate(start, minDays - 1);
  const latest = `${Number(today.slice(0, 4)) + 1}-12-31`;
  if (end < shortest)
    errors.push({
      field: 'lotEnd',
      code: 'OUT_OF_RANGE',
      say: { key: 'LOT_PERIOD_TOO_SHORT', params: { days: minDays, ...dated(shortest) } },
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
