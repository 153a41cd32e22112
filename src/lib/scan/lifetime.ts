import { count } from '../text/count.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The tolerance `lifetimeTolerance` allows, in words, for reports and help texts. */
export const LIFETIME_TOLERANCE = '1% of the declared lifetime, at least a minute and at most a day';

/**
 * Return how many seconds a cookie may outlive its declared lifetime (`declared` seconds; 0 for a
 * session cookie) before a scan reports it: 1%, at least a minute and at most a day. A minute covers
 * the time between a cookie being set and the scan reading it; a day covers an expiry computed as a
 * calendar year (366 days in a leap year) or rounded to the end of a day against `P365D`.
 */
export function lifetimeTolerance(declared: number): number {
  return Math.min(DAY, Math.max(MINUTE, Math.round(declared / 100)));
}

/** Write a lifetime in seconds the way people say it: `400 days`, `1 day`, `30 minutes`; `session` for null. */
export function formatLifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  const [size, unit] =
    seconds >= DAY ? [DAY, 'day'] : seconds >= HOUR ? [HOUR, 'hour'] : seconds >= MINUTE ? [MINUTE, 'minute'] : [1, 'second'];
  return count(Math.round(seconds / size), unit);
}
