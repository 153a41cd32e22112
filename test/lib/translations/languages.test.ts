import { describe, expect, test } from 'vitest';
import {
  canonicalLanguageTag,
  INTERFACE_LANGUAGES,
  interfaceLanguageFor,
  isLanguageFolderName,
  orderLanguages,
} from '../../../src/lib/translations/index.ts';

describe('canonicalLanguageTag', () => {
  test.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['pt-br', 'pt-BR'],
    ['iw', 'he'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de_DE', undefined],
    ['x-private', undefined],
  ])('writes %j as %j', (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });
});

describe('isLanguageFolderName', () => {
  test.each(['de', 'fr', 'pt-BR', 'pt-br', 'DE', 'sr-Latn'])('takes %j for a language', (name) => {
    expect(isLanguageFolderName(name)).toBe(true);
  });

  test.each(['old', 'drafts', 'archive', 'images', 'de_DE', 'v2', 'xx'])('takes %j for another folder', (name) => {
    expect(isLanguageFolderName(name)).toBe(false);
  });
});

describe('interfaceLanguageFor', () => {
  test.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['fr-CA', 'fr'],
    ['de-u-co-phonebk', 'de'],
    ['pt-BR', undefined],
    ['es', undefined],
    ['not a tag', undefined],
  ])('gives %j the strings of %j', (tag, language) => {
    expect(interfaceLanguageFor(tag, INTERFACE_LANGUAGES)).toBe(language);
  });
});

describe('orderLanguages', () => {
  test('puts the configured languages first, in their order, then the others by tag, each once', () => {
    expect(orderLanguages(['nl', 'fr', 'de', 'de-AT', 'fr'], ['fr', 'it', 'fr'])).toEqual(['fr', 'de', 'de-AT', 'nl']);
    expect(orderLanguages(['fr', 'de'], [])).toEqual(['de', 'fr']);
  });
});
