import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../../src/lib/policies/index.ts';
import { visibleControls } from '../../../src/lib/text/visible-controls.ts';

describe('visibleControls', () => {
  test.each([
    ['an ESC sequence that would erase a line', 'ok\u001b[2K\u001b[1Gfake', 'ok\\x1b[2K\\x1b[1Gfake'],
    ['an OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '\\x1b]52;c;ZXZpbA==\\x07'],
    ['a newline that would start a fake problem line', 'a\npolicies/x.mdx: ok', 'a\\x0apolicies/x.mdx: ok'],
    ['a right-to-left override', 'pay \u202E01$\u202C', 'pay \\u202e01$\\u202c'],
    ['a C1 control', 'a\u009bb', 'a\\x9bb'],
  ])('shows %s as escapes', (_case, text, shown) => {
    expect(visibleControls(text)).toBe(shown);
  });

  test('leaves ordinary text as it is', () => {
    expect(visibleControls('Cookie “consent” — 30 days, café')).toBe('Cookie “consent” — 30 days, café');
  });

  test('keeps every problem formatProblems writes on its own line', () => {
    const text = formatProblems([{ file: 'policies/a.mdx', line: 3, message: 'has {"\u001b[32mok\u001b[0m\n"}' }]);
    expect(text).toBe('policies/a.mdx:3: has {"\\x1b[32mok\\x1b[0m\\x0a"}');
  });
});
