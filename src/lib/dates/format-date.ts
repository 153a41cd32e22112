import type { CalendarDate } from './calendar-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Write a calendar date for readers, e.g. `2026-03-14` → `March 14, 2026`, without touching a clock. */
export function formatDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1] ?? '?'} ${day}, ${year}`;
}

/**
 * Write a calendar date for readers in `locale` (e.g. `en` → `March 14, 2026`, `de` →
 * `14. März 2026`) with the runtime's `Intl`. The day is formatted in UTC, where it was made, so no
 * time zone moves it; an unknown locale falls back to the date as written. The build uses
 * `formatDate`, whose English does not depend on the runtime's locale data; the consent banner uses
 * this one to write in the page's language.
 */
export function formatDateIn(date: CalendarDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  try {
    return new Intl.DateTimeFormat(locale || 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  } catch {
    return date;
  }
}
