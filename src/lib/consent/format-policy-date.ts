/**
 * Write a `YYYY-MM-DD` calendar date for readers in `locale` (e.g. `en` → `March 14, 2026`). The
 * day is formatted in UTC, where it was made, so no time zone moves it; an unknown locale falls
 * back to the date as written.
 */
export function formatPolicyDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  try {
    return new Intl.DateTimeFormat(locale || 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  } catch {
    return date;
  }
}
