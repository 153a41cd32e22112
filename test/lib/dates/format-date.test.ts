import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDate, formatDateIn } from '../../../src/lib/dates/index.ts';

describe('formatDate', () => {
  test.each([
    ['2026-03-14', 'March 14, 2026'],
    ['2025-01-01', 'January 1, 2025'],
    ['2025-12-31', 'December 31, 2025'],
  ])('writes %s as %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  test('does not depend on the process time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'UTC']) {
        process.env.TZ = tz;
        expect(formatDate('2026-01-01')).toBe('January 1, 2026');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('formatDateIn', () => {
  test.each([
    ['en', '2026-03-14', 'March 14, 2026'],
    ['de', '2026-01-01', '1. Januar 2026'],
    ['fr', '2025-12-31', '31 décembre 2025'],
    ['not a locale!', '2026-03-14', '2026-03-14'],
  ])('writes in %s %s as %s, whatever the time zone', (locale, date, expected) => {
    expect(formatDateIn(date, locale)).toBe(expected);
  });

  test('writes in English what formatDate writes (property)', () => {
    const day = fc
      .date({ min: new Date('1970-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        expect(formatDateIn(date, 'en')).toBe(formatDate(date));
      }),
    );
  });
});
