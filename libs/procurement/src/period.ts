// The period a procurement request buys service for (issue 20, "a lot worth buying"): at least
// the rest of the budget year (Kazakhstan's budget year is the calendar year), so a lot is never
// a few weeks of rides; late in the year (from 1 October, under three months left) it runs to the
// end of the next budget year. The start is the stable key of the region's one DRAFT
// (uq_procurement_open_draft): 1 January, or 1 October for the late-year period; demand is
// counted from today (aggregateDemand). The law fixes no period for invataxi (DOMAIN.md, "Still
// unknown"), so this is a choice, not a rule.
import { localDateOf, type LocalDate } from '@invataxi/domain';

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
