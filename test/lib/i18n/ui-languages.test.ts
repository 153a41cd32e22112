import { describe, expect, test } from 'vitest';
import { isUiLanguage, UI_LANGUAGES, uiLanguageOf } from '../../../src/lib/i18n/index.ts';

describe('isUiLanguage', () => {
  test.each(UI_LANGUAGES)('knows %s', (lang) => {
    expect(isUiLanguage(lang)).toBe(true);
  });

  test.each(['en-GB', 'pt-BR', 'EN', ''])('does not count %j as one itself', (tag) => {
    expect(isUiLanguage(tag)).toBe(false);
  });
});

describe('uiLanguageOf', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['de-Latn-CH', 'de'],
  ])('writes a page in %s in %s', (tag, lang) => {
    expect(uiLanguageOf(tag)).toBe(lang);
  });

  test.each(['pt-BR', 'it', 'not a tag!', ''])('has no interface language for %j', (tag) => {
    expect(uiLanguageOf(tag)).toBeUndefined();
  });
});
