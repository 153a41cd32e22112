import type { Duration } from '../declaration/index.ts';

/** A cookie lifetime read from words: a duration, a session cookie, or words it cannot read. */
export type HumanDuration = { duration: Duration; convention?: string } | { session: true } | { unread: string };

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
// Years and months have no fixed length: they are counted as 365 and 30 days, and the reader is told.
const UNITS: Record<string, { seconds: number; iso: (n: number) => string; convention?: string }> = {
  year: { seconds: 365 * 86_400, iso: (n) => `P${n * 365}D`, convention: 'a year counted as 365 days' },
  month: { seconds: 30 * 86_400, iso: (n) => `P${n * 30}D`, convention: 'a month counted as 30 days' },
  week: { seconds: 7 * 86_400, iso: (n) => `P${n * 7}D` },
  day: { seconds: 86_400, iso: (n) => `P${n}D` },
  hour: { seconds: 3_600, iso: (n) => `PT${n}H` },
  minute: { seconds: 60, iso: (n) => `PT${n}M` },
  second: { seconds: 1, iso: (n) => `PT${n}S` },
};

/**
 * Read a cookie lifetime as a cookie table writes it ("One year", "13 months", "5 minutes",
 * "180 Days", "Session") as an ISO 8601 duration with seconds. Anything else — conditions, several
 * durations — is returned unread, never guessed.
 */
export function parseHumanDuration(text: string): HumanDuration {
  const words = text.trim().toLowerCase();
  if (words === 'session') return { session: true };
  const match = /^(\d+|[a-z]+)\s+([a-z]+?)s?$/.exec(words);
  const count = match ? (/^\d+$/.test(match[1] ?? '') ? Number(match[1]) : NUMBERS[match[1] ?? '']) : undefined;
  const unit = match ? UNITS[match[2] ?? ''] : undefined;
  if (count === undefined || !unit) return { unread: text.trim() };
  const duration = { iso: unit.iso(count), seconds: count * unit.seconds };
  return unit.convention ? { duration, convention: unit.convention } : { duration };
}
