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

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

export function relativeTime(iso: string, now: number = Date.now()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = Math.round((date.getTime() - now) / 1000);
  const locale = formatLocale();
  let rtf = relativeFormats.get(locale);
  if (!rtf) relativeFormats.set(locale, (rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
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

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A whole number in the reader's language (1,234 · 1.234 · 1 234). Below 1,000
 * each of the app's languages writes the digits alone, and the page's first
 * Intl format loads the browser's locale data (30 to 60 ms here, more on a
 * phone, while the draft opens): counts of people and comments need none.
 */
export function formatNumber(n: number): string {
  const locale = formatLocale();
  // A locale may ask for other digits (`-u-nu-…`): then Intl writes them.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !locale.includes('-u-')) return String(n);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** "2024-05-17" in the reader's words, as the exports write it, without a time zone shifting the day. */
export function longDay(date: string): string {
  return formatDay(date, currentLanguage());
}
