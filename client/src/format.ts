import { formatDay, formatMoment } from '@charter/shared';
import { currentLanguage, formatLocale } from './i18n';

/** Dates in the reader's language: "3 minutes ago", with the full date for a tooltip. */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function relativeTime(iso: string, now: number = Date.now()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(formatLocale(), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return rtf.format(Math.round(seconds / size), unit);
    }
  }
  return rtf.format(0, 'second');
}

/** A moment in the reader's language and time zone, written as the exports write it. */
export function fullDate(iso: string): string {
  return formatMoment(iso, currentLanguage());
}

/** A whole number in the reader's language (1,234 · 1.234 · 1 234). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(formatLocale()).format(n);
}

/** "2024-05-17" in the reader's words, as the exports write it, without a time zone shifting the day. */
export function longDay(date: string): string {
  return formatDay(date, currentLanguage());
}
