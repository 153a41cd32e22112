import { describe, expect, test } from 'vitest';
import { categoriesGranted, CONSENT_STRINGS, resolveStrings } from '../../../src/lib/consent/index.ts';

describe('resolveStrings', () => {
  test('puts a site’s texts over the defaults, ignoring unknown keys and values that are not text', () => {
    const strings = resolveStrings({ acceptAll: 'Tout accepter', rejectAll: '', bogus: 'x', save: 3 });
    expect(strings).toEqual({ ...CONSENT_STRINGS, acceptAll: 'Tout accepter' });
  });

  test.each([null, 'text', 42])('gives the defaults for %s', (value) => {
    expect(resolveStrings(value)).toEqual(CONSENT_STRINGS);
  });
});

describe('categoriesGranted', () => {
  test.each([
    ['analytics', ['essential', 'analytics'], true],
    ['analytics marketing', ['analytics'], false],
    [' analytics  marketing ', ['analytics', 'marketing'], true],
    ['', ['analytics'], false],
    [null, ['analytics'], false],
  ])('tells whether "%s" is covered by %j', (value, granted, expected) => {
    expect(categoriesGranted(value, granted)).toBe(expected);
  });
});
