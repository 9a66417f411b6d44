/**
 * Dates as people read them, one way on the page and in every export: the
 * reader's language and the same options, so "2 December 2026" never reads
 * "12/2/2026" elsewhere. The page passes no time zone (the reader's own); the
 * exports pass UTC, so every copy of a file says the same, and the zone is named.
 */
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MOMENT: Intl.DateTimeFormatOptions = { ...DAY, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

// Making a formatter costs about 0.3 ms, using one about a microsecond: a page
// or an export with hundreds of dates keeps one per language, zone and shape.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(shape: 'day' | 'moment', lang: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${shape} ${lang} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { ...(shape === 'day' ? DAY : MOMENT), timeZone })));
  return format;
}

/** A moment (an ISO time): "2 December 2026 at 16:05 UTC", in `lang`. */
export function formatMoment(iso: string, lang: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter('moment', lang, timeZone).format(date);
}

/**
 * A day: "2 December 2026", in `lang`. A calendar day ("2026-12-02") is read
 * as that day wherever the reader is; an ISO time is the day it was in `timeZone`.
 */
export function formatDay(value: string, lang: string, timeZone?: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
    return formatter('day', lang, 'UTC').format(new Date(Date.UTC(year, month - 1, date)));
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter('day', lang, timeZone).format(date);
}
