import { describe, expect, test } from 'vitest';
import { CONSENT_STRINGS, resolveStrings } from '../../src/consent/consent-strings.ts';

describe('resolveStrings', () => {
  test('puts a site’s texts over the defaults, ignoring unknown keys and values that are not text', () => {
    const strings = resolveStrings({ acceptAll: 'Tout accepter', rejectAll: '', bogus: 'x', save: 3 });
    expect(strings).toEqual({ ...CONSENT_STRINGS, acceptAll: 'Tout accepter' });
  });

  test.each([null, 'text', 42])('gives the defaults for %s', (value) => {
    expect(resolveStrings(value)).toEqual(CONSENT_STRINGS);
  });
});
