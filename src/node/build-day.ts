import type { CalendarDate } from '../lib/dates/index.ts';
import { resolveAsOf } from '../lib/policies/index.ts';
import { siteConfig } from '../site.config.ts';

/**
 * Return the day the site is built as of: `REDLINE_AS_OF` when set, else today in the site's time
 * zone. Every check and page of one run uses it, so they agree on what is published.
 */
export function buildDay(): CalendarDate {
  return resolveAsOf({ override: process.env.REDLINE_AS_OF, now: new Date(), timeZone: siteConfig.timeZone });
}
