import { describe, expect, test } from 'vitest';
import { languageName } from '../../../src/lib/i18n/index.ts';

describe('languageName', () => {
  test.each([
    ['de', 'de', 'Deutsch'],
    ['fr', 'fr', 'français'],
    ['en', 'en', 'English'],
    ['en', 'de', 'Englisch'],
    ['en', 'fr', 'anglais'],
    ['pt-BR', 'de', 'Portugiesisch (Brasilien)'],
  ])('names %s in %s as %s', (tag, inLanguage, name) => {
    expect(languageName(tag, inLanguage)).toBe(name);
  });

  test('returns the tag as written when it cannot name it, or name in that language', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
    expect(languageName('de', 'not a tag!')).toBe('de');
  });
});
