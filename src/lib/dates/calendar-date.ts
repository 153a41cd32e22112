/**
 * Calendar dates (`YYYY-MM-DD`) as plain strings.
 *
 * Legal dates are days, not instants: they are never turned into a local `Date`, so no time zone can
 * move one by a day. Arithmetic goes through UTC midnight, where every day has 24 hours.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tell whether a value is a `YYYY-MM-DD` string naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March 2nd; a real date survives the round trip.
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** Tell whether a string at least has the `YYYY-MM-DD` shape, real day or not. */
export function hasCalendarDateShape(value: string): boolean {
  return SHAPE.test(value);
}

/** Return the calendar date `days` days after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Return the number of days from 1970-01-01 to `date` (negative before): calendar days, no time zone. */
export function dayNumber(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Return the calendar date a clock shows at instant `now` in `timeZone` (an IANA name such as `Europe/Paris`). */
export function calendarDateIn(now: Date, timeZone: string): CalendarDate {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that choice anyway.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
