/**
 * What the demo says about its month of history (t22 finding 14): the README's "30 days" counts
 * the past days and today is named apart; a second start says the history is already there.
 */
import { daysInWords, historyStartLine, historySummaryLine } from '../../scripts/seed/history-words';
import { addDaysToLocalDate, type LocalDate } from '@invataxi/domain';

const today = '2026-12-07' as LocalDate;
const lastDays = (n: number): LocalDate[] =>
  Array.from({ length: n + 1 }, (_, i) => addDaysToLocalDate(today, i - n));

describe('the demo history wording', () => {
  it('counts 30 past days and today as "30 days and today", as the README does', () => {
    const days = lastDays(30);
    expect(days).toHaveLength(31);
    expect(daysInWords(days, today)).toBe('30 days and today');
    expect(historyStartLine(days, today, 30)).toBe(
      'Playing 30 days and today of history through the platform (first start) ...',
    );
    expect(historySummaryLine(30, today, { days, bookings: 308, billingActs: 2, ms: 481_000 })).toBe(
      'History: 30 days and today played (2026-11-07 .. 2026-12-07), 308 rides, 2 billing acts approved, in 481 s.',
    );
  });

  it('a second start says the history is already there', () => {
    expect(historySummaryLine(30, today, null)).toBe(
      'History: the past 30 days and today were already played on an earlier start; nothing to add.',
    );
  });

  it('a start after a few days away names the days it fills in', () => {
    const days = lastDays(2);
    expect(historyStartLine(days, today, 30)).toBe(
      'Playing history through the platform: 2 days and today missing of the last 30 days and today ...',
    );
    expect(historySummaryLine(30, today, { days, bookings: 20, billingActs: 0, ms: 30_400 })).toMatch(
      /^History: 2 days and today played \(2026-12-05 \.\. 2026-12-07\), the rest of the past 30 days and today was already there, 20 rides/,
    );
  });

  it('says nothing when the history is off', () => {
    expect(historySummaryLine(0, today, null)).toBeNull();
    expect(daysInWords([today], today)).toBe('today');
    expect(daysInWords(lastDays(1).slice(0, 1), today)).toBe('1 day');
  });
});
