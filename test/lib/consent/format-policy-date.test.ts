import { describe, expect, test } from 'vitest';
import { formatPolicyDate } from '../../../src/lib/consent/index.ts';

describe('formatPolicyDate', () => {
  test.each([
    ['en', '2026-03-14', 'March 14, 2026'],
    ['de', '2026-01-01', '1. Januar 2026'],
    ['fr', '2025-12-31', '31 décembre 2025'],
    ['not a locale!', '2026-03-14', '2026-03-14'],
  ])('writes in %s %s as %s, whatever the time zone', (locale, date, expected) => {
    expect(formatPolicyDate(date, locale)).toBe(expected);
  });
});
