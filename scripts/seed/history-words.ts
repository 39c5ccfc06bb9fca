/**
 * What the demo says about its month of history (issue 22): the same count everywhere, in the
 * README's terms ("30 days" are the past days; today is played too and said so), and a second
 * start says the history is already there rather than nothing.
 */
import type { LocalDate } from '@invataxi/domain';

/** "30 days and today", "3 days", "today": the days to play, today named apart. */
export function daysInWords(days: LocalDate[], today: LocalDate): string {
  const past = days.filter((d) => d !== today).length;
  const hasToday = days.includes(today);
  const pastWords = `${past} ${past === 1 ? 'day' : 'days'}`;
  if (past === 0) return hasToday ? 'today' : 'no days';
  return hasToday ? `${pastWords} and today` : pastWords;
}

/** The line before the history plays. */
export function historyStartLine(days: LocalDate[], today: LocalDate, configured: number): string {
  const missing = days.filter((d) => d !== today).length < configured;
  return missing
    ? `Playing history through the platform: ${daysInWords(days, today)} missing of the last ${configured} days and today ...`
    : `Playing ${daysInWords(days, today)} of history through the platform (first start) ...`;
}

/** The start-up message's history line; null when the history is off. */
export function historySummaryLine(
  configured: number,
  today: LocalDate,
  played: { days: LocalDate[]; bookings: number; billingActs: number; ms: number } | null,
): string | null {
  if (configured <= 0) return null;
  const whole = `${configured} ${configured === 1 ? 'day' : 'days'} and today`;
  if (!played || played.days.length === 0)
    return `History: the past ${whole} were already played on an earlier start; nothing to add.`;
  const span = `${played.days[0]} .. ${played.days[played.days.length - 1]}`;
  const all = played.days.filter((d) => d !== today).length >= configured;
  return (
    `History: ${daysInWords(played.days, today)} played (${span})` +
    (all ? '' : `, the rest of the past ${whole} was already there`) +
    `, ${played.bookings} rides, ${played.billingActs} billing acts approved, in ${Math.round(played.ms / 1000)} s.`
  );
}
