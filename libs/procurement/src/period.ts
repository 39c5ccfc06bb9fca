// The period a procurement request buys service for. One DRAFT per region and period
// (uq_procurement_open_draft). A calendar quarter (local time, UTC+5): short enough that
// unmet demand reaches a contract quickly, long enough to be worth a procurement; the law
// fixes no period for invataxi (DOMAIN.md, "Still unknown"), so this is a choice, not a rule.
import { addDaysToLocalDate, localDateOf, type LocalDate } from '@invataxi/domain';

export interface ProcurementPeriod {
  /** First local date, inclusive. */
  start: LocalDate;
  /** Last local date, inclusive. */
  end: LocalDate;
  /** Whole months in the period (3). */
  months: number;
}

export function procurementPeriodOf(instant: Date): ProcurementPeriod {
  const local = localDateOf(instant);
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const next =
    firstMonth + 3 > 12 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { start, end: addDaysToLocalDate(next, -1), months: 3 };
}
