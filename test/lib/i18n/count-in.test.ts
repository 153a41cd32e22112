import { describe, expect, test } from 'vitest';
import { countIn } from '../../../src/lib/i18n/index.ts';
import { count } from '../../../src/lib/text/count.ts';

describe('countIn', () => {
  test.each([0, 1, 2, 21, 1204, 1_000_000])('writes English %i as count() does', (n) => {
    expect(countIn('en-US', n, { one: 'word', other: 'words' })).toBe(count(n, 'word'));
  });

  test.each([
    ['de', 1, '1 Wort'],
    ['de', 0, '0 Wörter'],
    ['de', 1204, '1.204 Wörter'],
    ['fr', 0, '0 mot'],
    ['fr', 1, '1 mot'],
    ['fr', 2, '2 mots'],
    ['fr', 1_000_000, '1\u202f000\u202f000 de mots'],
  ])('writes in %s %i as %s', (locale, n, expected) => {
    const forms = locale === 'de' ? { one: 'Wort', other: 'Wörter' } : { one: 'mot', other: 'mots', many: 'de mots' };
    expect(countIn(locale, n, forms)).toBe(expected);
  });

  test('takes `other` for a form not given', () => {
    expect(countIn('fr', 1_000_000, { one: 'mot', other: 'mots' })).toBe('1\u202f000\u202f000 mots');
  });
});
