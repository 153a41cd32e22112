import { describe, expect, test } from 'vitest';
import { checkPolicyMeta } from '../../../src/lib/policies/index.ts';

const FILE = 'policies/cookies/policy.yml';
const problemsOf = (text: string): string[] => checkPolicyMeta(FILE, text).problems.map((p) => `${p.line ?? '-'}: ${p.message}`);

describe('checkPolicyMeta', () => {
  test('accepts a policy.yml and returns its metadata', () => {
    expect(checkPolicyMeta(FILE, 'title: Cookie Policy\ndescription: Cookies.\norder: 1\n')).toEqual({
      meta: { title: 'Cookie Policy', description: 'Cookies.', order: 1, compare: 'all' },
      problems: [],
    });
  });

  test.each([
    ['ESC in the title', 'title: "Cookie\u001b[2J Policy"\ndescription: Cookies.\n', '1: the file contains U+001B ESCAPE, a control character'],
    ['BEL in the title', 'title: Cookie\u0007 Policy\ndescription: Cookies.\n', '1: the file contains U+0007 BELL, a control character'],
    ['ESC written as a YAML escape', 'title: "Cookie\\e[2J Policy"\ndescription: Cookies.\n', '1: "title" contains U+001B ESCAPE (written as an escape in the YAML), a control character'],
    ['BEL written as a YAML escape', 'title: Cookies\ndescription: "Cookies\\a."\n', '2: "description" contains U+0007 BELL (written as an escape in the YAML)'],
    ['an override in the description', 'title: Cookies\ndescription: Pay \u202E01$.\n', '2: the file contains U+202E RIGHT-TO-LEFT OVERRIDE'],
  ])('refuses %s, with line, column and code point', (_case, text, message) => {
    const problems = problemsOf(text);
    expect(problems.some((problem) => problem.startsWith(message))).toBe(true);
    expect(checkPolicyMeta(FILE, text).meta).toBeUndefined();
  });

  test('lets a right-to-left title use isolates and marks with allowBidi: true', () => {
    const text = 'title: "\u2067מדיניות\u2069 Cookies \u200F"\ndescription: Cookies.\n';
    expect(problemsOf(text)).toHaveLength(3);
    expect(problemsOf(text)[0]).toMatch(/set "allowBidi: true" in policy\.yml \(column 9\)$/);
    expect(checkPolicyMeta(FILE, `${text}allowBidi: true\n`)).toMatchObject({ meta: { allowBidi: true }, problems: [] });
    expect(problemsOf(`${text}allowBidi: true\nsummary: x\u202D\n`)[0]).toMatch(/^4: the file contains U\+202D LEFT-TO-RIGHT OVERRIDE/);
  });

  test('refuses a policy.yml over 1 MiB without parsing it', () => {
    expect(problemsOf(`title: "${'x'.repeat(1_100_000)}"\n`)).toEqual([
      expect.stringMatching(/^1: the file is 1\.0 MiB \(1,100,010 bytes\); Redline reads files of at most 1 MiB/),
    ]);
  });
});
