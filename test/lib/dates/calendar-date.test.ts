import { describe, expect, test } from 'vitest';
import { addDays, calendarDateIn, hasCalendarDateShape, isCalendarDate } from '../../../src/lib/dates/index.ts';

describe('isCalendarDate', () => {
  test.each([
    ['2026-03-14', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-3-14', false],
    ['2026-03-14T00:00', false],
    ['', false],
  ])('says %j is a real calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  test('refuses values that are not strings', () => {
    expect(isCalendarDate(new Date('2026-03-14'))).toBe(false);
    expect(isCalendarDate(20260314)).toBe(false);
  });
});

describe('hasCalendarDateShape', () => {
  test('accepts the shape whether or not the day exists', () => {
    expect(hasCalendarDateShape('2026-02-30')).toBe(true);
    expect(hasCalendarDateShape('draft')).toBe(false);
  });
});

describe('addDays', () => {
  test.each([
    ['2026-03-14', -1, '2026-03-13'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    // The days around Europe's and America's clock changes are still 24 hours apart.
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-11-01', 1, '2026-11-02'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('calendarDateIn', () => {
  const instant = new Date('2026-03-13T23:30:00Z');

  test.each([
    ['UTC', '2026-03-13'],
    ['Europe/Paris', '2026-03-14'],
    ['America/Los_Angeles', '2026-03-13'],
    ['Pacific/Kiritimati', '2026-03-14'],
  ])('reads the calendar of %s', (zone, expected) => {
    expect(calendarDateIn(instant, zone)).toBe(expected);
  });
});
