import { describe, expect, test } from 'vitest';
import { resolveAsOf } from '../../../src/lib/policies/index.ts';

describe('resolveAsOf', () => {
  const now = new Date('2026-03-13T23:30:00Z');

  test('uses REDLINE_AS_OF when it is set', () => {
    expect(resolveAsOf({ override: '2025-09-01', now })).toBe('2025-09-01');
  });

  test('uses today in the site time zone otherwise', () => {
    expect(resolveAsOf({ override: undefined, now })).toBe('2026-03-13');
    expect(resolveAsOf({ override: '', now, timeZone: 'Europe/Paris' })).toBe('2026-03-14');
  });

  test('refuses a date that does not exist, naming the variable, the value and the fix', () => {
    expect(() => resolveAsOf({ override: '2026-02-30', now })).toThrow(/REDLINE_AS_OF is "2026-02-30".*YYYY-MM-DD.*unset it/);
  });
});
