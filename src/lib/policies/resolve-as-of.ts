import { calendarDateIn, isCalendarDate, type CalendarDate } from '../dates/index.ts';

/** Where the "as of" day comes from. */
export interface AsOfOptions {
  /** The value of `REDLINE_AS_OF`, if set: a fixed day for reproducible builds and tests. */
  override?: string | undefined;
  /** The current instant. */
  now: Date;
  /** The IANA time zone whose calendar says what "today" is (default `UTC`). */
  timeZone?: string;
}

/**
 * Decide the day the site is built "as of": `REDLINE_AS_OF` when set, else today in the site's time
 * zone. Which revision is in force, and which upcoming ones are shown, depends on it.
 */
export function resolveAsOf({ override, now, timeZone = 'UTC' }: AsOfOptions): CalendarDate {
  if (override === undefined || override === '') return calendarDateIn(now, timeZone);
  if (isCalendarDate(override)) return override;
  throw new Error(`REDLINE_AS_OF is "${override}", which is not a real date written YYYY-MM-DD — set it to a day such as 2026-03-14, or unset it to build as of today`);
}
