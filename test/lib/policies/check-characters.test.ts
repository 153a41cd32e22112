import { describe, expect, test } from 'vitest';
import { checkCharacters, findForbiddenCharacters, findForbiddenValues } from '../../../src/lib/policies/index.ts';

const FILE = 'policies/cookies/2026-03-14.mdx';

describe('findForbiddenCharacters', () => {
  test('finds controls, overrides, isolates and non-characters with line and column (in characters)', () => {
    const text = 'a\u001bb\nc\u0007\n😀\u202Ex\n\u2067y\u2069\n\uFFFE';
    expect(findForbiddenCharacters(text).faults).toEqual([
      { line: 1, column: 2, codePoint: 0x1b },
      { line: 2, column: 2, codePoint: 0x07 },
      { line: 3, column: 2, codePoint: 0x202e },
      { line: 4, column: 1, codePoint: 0x2067 },
      { line: 4, column: 3, codePoint: 0x2069 },
      { line: 5, column: 1, codePoint: 0xfffe },
    ]);
  });

  test('accepts tab, line feed, CRLF line endings and every printable script', () => {
    expect(findForbiddenCharacters('a\tb\r\nc\n« Cookie » — 30 days, 日本語, עברית, العربية\u200B\n').total).toBe(0);
  });

  test('refuses a carriage return on its own, and C1 controls', () => {
    expect(findForbiddenCharacters('a\rb\u0085c\u009bd').faults.map((f) => f.codePoint)).toEqual([0x0d, 0x85, 0x9b]);
  });

  test('lets isolates and marks through with allowBidi, never overrides or controls', () => {
    const text = '\u2067عربي\u2069 \u200F \u200E \u061C \u202E \u001b';
    expect(findForbiddenCharacters(text, { allowBidi: true }).faults.map((f) => f.codePoint)).toEqual([0x202e, 0x1b]);
    expect(findForbiddenCharacters(text).total).toBe(7);
  });

  test('lists at most `limit` and counts the rest', () => {
    const { faults, total } = findForbiddenCharacters('\u0007'.repeat(1_000), { limit: 3 });
    expect([faults.length, total]).toEqual([3, 1_000]);
  });
});

describe('findForbiddenValues', () => {
  test('finds characters that YAML escapes put in values and keys, by path', () => {
    const data = { summary: 'Adds \u001b[2J X.', declaration: { categories: [{ name: 'A' }, { name: 'B\u202E' }] }, ['k\u0007']: 1 };
    expect(findForbiddenValues(data)).toEqual([
      { path: 'summary', codePoint: 0x1b },
      { path: 'declaration.categories[1].name', codePoint: 0x202e },
      { path: 'k\u0007', codePoint: 0x07 },
    ]);
  });

  test('visits an aliased node once (a YAML "billion laughs" stays linear)', () => {
    let node: unknown = ['x'];
    for (let k = 0; k < 60; k++) node = [node, node];
    expect(findForbiddenValues({ a: node })).toEqual([]);
  });
});

describe('checkCharacters', () => {
  test('says where (front matter or text), the code point and the fix, with line and column', () => {
    const text = '---\nsummary: "Adds\u0007 X."\n---\nPay \u202E01$ now.\n';
    expect(checkCharacters(FILE, text, { bodyLine: 3 })).toEqual([
      {
        file: FILE,
        line: 2,
        message: 'the front matter contains U+0007 BELL, a control character, which terminals act on and feeds cannot carry — remove it (column 15)',
      },
      {
        file: FILE,
        line: 4,
        message: expect.stringMatching(
          /^the text contains U\+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional override, which makes text display in another order than it is written \("Trojan Source"\) — remove it; .*"allowBidi: true" permits \(column 5\)$/,
        ),
      },
    ]);
  });

  test('names allowBidi as the fix for an isolate, in the front matter or policy.yml', () => {
    expect(checkCharacters(FILE, 'a\u2067b', { bodyLine: 1 })[0]?.message).toContain('set "allowBidi: true" in the front matter');
    expect(checkCharacters('policies/x/policy.yml', 'title: a\u2067b', { meta: true })[0]?.message).toMatch(
      /^the file contains U\+2067 RIGHT-TO-LEFT ISOLATE, .* set "allowBidi: true" in policy\.yml \(column 9\)$/,
    );
  });

  test('lists twenty and then says how many more', () => {
    const problems = checkCharacters(FILE, '\u001b'.repeat(25), { bodyLine: 1 });
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)?.message).toBe('holds 5 more such characters after these — remove them all');
  });
});
