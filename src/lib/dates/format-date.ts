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
