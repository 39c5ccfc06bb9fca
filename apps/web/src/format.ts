import { currentLanguage } from './i18n';

/** Kazakhstan has one time zone, UTC+5, since 1 March 2024: Etc/GMT-5 is exactly that. */
export const KZ_TZ = 'Etc/GMT-5';

const locale = () => ({ kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' })[currentLanguage()];

export function fmtTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { timeZone: KZ_TZ, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00+05:00`) : new Date(iso);
  return new Intl.DateTimeFormat(locale(), {
    timeZone: KZ_TZ,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
  }).format(d);
}

export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${fmtDate(iso)}, ${fmtTime(iso)}`;
}

export function fmtNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n);
}

/** Today's date in Kazakhstan, YYYY-MM-DD. */
export function kzToday(offsetDays = 0): string {
  const d = new Date(Date.now() + 5 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A local date and time typed in a form, as a UTC instant. */
export function kzInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+05:00`).toISOString();
}

export function minutesUntil(iso: string): number {
  return Math.round((new Date(iso).getTime() - Date.now()) / 60000);
}
