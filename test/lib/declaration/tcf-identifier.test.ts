import { describe, expect, test } from 'vitest';
import { cookiePattern, type MatchKind } from '../../../src/lib/declaration/cookie-pattern.ts';
import { tcfIdentifiers } from '../../../src/lib/declaration/tcf-identifier.ts';

// What a TCF identifier matches: `*` at its start or end stands for any run of characters.
function identifierMatches(identifier: string, name: string): boolean {
  if (identifier.startsWith('*')) return name.endsWith(identifier.slice(1));
  if (identifier.endsWith('*')) return name.startsWith(identifier.slice(0, -1));
  return name === identifier;
}

describe('tcfIdentifiers', () => {
  test.each([
    ['_octo', 'exact', ['_octo']],
    ['_ga_', 'prefix', ['_ga_*']],
    ['_ga_*', 'glob', ['_ga_*']],
    ['*_consent', 'glob', ['*_consent']],
    ['_gh_sess', 'regex', ['_gh_sess']],
    ['^_ga_.*$', 'regex', ['_ga_*']],
    ['.*_token', 'regex', ['*_token']],
    ['(?:_gid|_gat)', 'regex', ['_gid', '_gat']],
    ['_gid|_gat|_gid', 'regex', ['_gid', '_gat']],
    ['(sess\\.id|tok\\..*)', 'regex', ['sess.id', 'tok.*']],
    ['préférence', 'exact', ['préférence']],
    ['açaí_', 'prefix', ['açaí_*']],
    ['*_日本', 'glob', ['*_日本']],
    ['🍪_.*', 'regex', ['🍪_*']],
  ] as const)('writes %j (%s) as %j', (name, match, identifiers) => {
    expect(tcfIdentifiers(name, match)).toEqual({ identifiers });
  });

  test.each([
    ['lang?', 'glob', 'is a glob with ?, one character'],
    ['_ga_*_x', 'glob', 'is a glob with a * inside the name'],
    ['*ga*', 'glob', 'is a glob with a * at both ends'],
    ['*', 'glob', 'is a glob of * alone'],
    ['_ga_[A-Z0-9]+', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['(_ga|_gid)_\\d{4}', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['_ga.+', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['tok\\.*', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['a.c', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['.*', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['.*ga.*', 'regex', 'is a regular expression with a * at both ends'],
    ['a\\*b', 'regex', 'matches a name with a * in it'],
    ['(a)|(b)', 'regex', 'is a regular expression that no identifier can say exactly'],
    // A lone backslash at the end escapes nothing: not the name "_ga".
    ['_ga\\', 'regex', 'is a regular expression that no identifier can say exactly'],
    ['(?:_gid|_ga\\)', 'regex', 'is a regular expression that no identifier can say exactly'],
  ] as const)('refuses %j (%s): it %s', (name, match, reason) => {
    const result = tcfIdentifiers(name, match);
    expect('reason' in result && result.reason).toContain(reason);
  });

  // Every identifier written matches exactly the names the declared pattern matches, on these names.
  test.each([
    ['_ga_', 'prefix'],
    ['_ga_*', 'glob'],
    ['*_ga_', 'glob'],
    ['_gid|_ga_.*', 'regex'],
    ['.*\\.sid', 'regex'],
  ] as const)('neither widens nor narrows %j (%s)', (name, match: MatchKind) => {
    const result = tcfIdentifiers(name, match);
    const pattern = cookiePattern(name, match);
    if (!('identifiers' in result) || !('pattern' in pattern)) throw new Error(`${name} should map`);
    const regex = new RegExp(pattern.pattern, 'u');
    const names = ['_ga_', '_ga_X1', 'x_ga_', '_gid', '_gidx', '_ga', 'a.sid', '.sid', 'asid', '', 'x'];
    for (const cookie of names) {
      expect(
        result.identifiers.some((identifier) => identifierMatches(identifier, cookie)),
        cookie,
      ).toBe(regex.test(cookie));
    }
  });
});
