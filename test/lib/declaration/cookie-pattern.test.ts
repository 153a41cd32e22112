import { describe, expect, test } from 'vitest';
import { cookiePattern } from '../../../src/lib/declaration/cookie-pattern.ts';

describe('cookiePattern', () => {
  test.each([
    ['session_id', 'exact', '^session_id$', ['session_id'], ['session_id2', 'xsession_id']],
    ['_ga_', 'prefix', '^_ga_.*$', ['_ga_', '_ga_ABC123'], ['_gat']],
    ['_ga_*', 'glob', '^_ga_.*$', ['_ga_XYZ'], ['ga_XYZ']],
    ['lang.?', 'glob', '^lang\\..$', ['lang.x'], ['langxx', 'lang.']],
    ['ab_[0-9]+', 'regex', '^(?:ab_[0-9]+)$', ['ab_12'], ['ab_', 'xab_1']],
  ] as const)('turns %s (%s) into %s', (name, match, pattern, matches, misses) => {
    const result = cookiePattern(name, match);
    expect(result).toEqual({ pattern });
    const regex = new RegExp(pattern, 'u');
    for (const cookie of matches) expect(regex.test(cookie)).toBe(true);
    for (const cookie of misses) expect(regex.test(cookie)).toBe(false);
  });

  test.each([
    ['_ga', 'glob', /has no \* or \? — use match: exact/],
    ['_ga_*', 'exact', /has a wildcard — use match: glob/],
    ['bad;name*', 'glob', /has ";", which a cookie name cannot hold/],
    ['ab_(', 'regex', /is not a valid regular expression/],
    ['', 'exact', /the name is empty/],
    ['(a+)+$|x', 'regex', /repeats a group that itself repeats/],
    ['(_ga_\\d*)*', 'regex', /repeats a group that itself repeats/],
    ['(a?)+b', 'regex', /repeats a group that itself repeats/],
    ['(a)\\1', 'regex', /back-reference or look-around/],
    ['(?=a)a', 'regex', /back-reference or look-around/],
    ['a'.repeat(201), 'regex', /longer than 200 characters/],
  ] as const)('refuses %j as %s', (name, match, message) => {
    const result = cookiePattern(name, match);
    expect('error' in result && result.error).toMatch(message);
  });

  test.each(['_ga_[A-Z0-9]+', '(_ga|_gid)_\\d{4}', '(?:sess|tok)_[a-f0-9]{32}', '[a-z]+(-[a-z]+)?'])(
    'accepts the linear pattern %j',
    (name) => {
      expect(cookiePattern(name, 'regex')).toHaveProperty('pattern');
    },
  );
});
