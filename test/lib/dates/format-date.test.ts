import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/dates/index.ts';

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
