import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cookiePattern, type MatchKind } from '../../../src/lib/declaration/cookie-pattern.ts';
import { tcfIdentifiers } from '../../../src/lib/declaration/tcf-identifier.ts';

// What a TCF identifier matches: `*` at its start or end stands for any run of characters.
function identifierMatches(identifier: string, name: string): boolean {
  if (identifier.startsWith('*')) return name.endsWith(identifier.slice(1));
  if (identifier.endsWith('*')) return name.startsWith(identifier.slice(0, -1));
  return name === identifier;
}

// Declared names the disclosure can say exactly, and the identifiers it writes for them.
const WRITTEN = [
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
  ['*_ga_', 'glob', ['*_ga_']],
  ['_gid|_ga_.*', 'regex', ['_gid', '_ga_*']],
  ['.*\\.sid', 'regex', ['*.sid']],
] as const;

describe('tcfIdentifiers', () => {
  test.each(WRITTEN)('writes %j (%s) as %j', (name, match, identifiers) => {
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

  // Every identifier written matches exactly the names the declared pattern matches: on names built
  // around each identifier's text (parts of it, repeated, with characters before, inside and after).
  test.each(WRITTEN)('neither widens nor narrows %j (%s)', (name, match: MatchKind) => {
    const result = tcfIdentifiers(name, match);
    const pattern = cookiePattern(name, match);
    if (!('identifiers' in result) || !('pattern' in pattern)) throw new Error(`${name} should map`);
    const regex = new RegExp(pattern.pattern, 'u');
    const texts = result.identifiers.map((identifier) => identifier.replaceAll('*', ''));
    const characters = [...new Set([...texts.join(''), 'x', '.', '*', '_'])];
    const piece = fc.oneof(
      fc.constantFrom(...texts),
      fc.constantFrom(...texts).map((text) => [...text].slice(1).join('')),
      fc.constantFrom(...texts).map((text) => [...text].slice(0, -1).join('')),
      fc.string({ unit: fc.constantFrom(...characters), maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
        const cookie = pieces.join('');
        expect(
          result.identifiers.some((identifier) => identifierMatches(identifier, cookie)),
          JSON.stringify(cookie),
        ).toBe(regex.test(cookie));
      }),
      { numRuns: 500 },
    );
  });
});
