import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  canonicalLanguageTag,
  describeLanguage,
  INTERFACE_LANGUAGES,
  interfaceLanguageFor,
  isInLanguageFolder,
  isLanguageFolderName,
  isTranslationPath,
  LANGUAGE_TAG,
  languageFolderTag,
  listInterfaceLanguages,
  orderLanguages,
} from '../../../src/lib/translations/index.ts';

// Folder names as people write them: letters of both cases, digits, hyphens and underscores, in
// pieces shaped like subtags — and, apart from them, any string at all.
const subtag = fc.stringMatching(/^[A-Za-z0-9]{1,9}$/);
const tagLike = fc
  .tuple(subtag, fc.array(fc.tuple(fc.constantFrom('-', '_'), subtag), { maxLength: 4 }))
  .map(([first, rest]) => first + rest.map(([separator, part]) => separator + part).join(''));
const folderName = fc.oneof(
  tagLike,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('und', 'und-DE', 'root', 'x-abc', 'i-klingon', 'en-x-foo'),
);

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

describe('languageFolderTag', () => {
  test.each([
    ['de', 'de'],
    ['fr', 'fr'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['DE', 'de'],
    ['sr-Latn', 'sr-Latn'],
    ['de-AT', 'de-AT'],
    ['de-1996', 'de-1996'],
    ['iw', 'he'],
    // An underscore for a hyphen is a misspelling of the tag, not another folder.
    ['de_DE', 'de-DE'],
    ['pt_br', 'pt-BR'],
    // Three-letter codes of languages Redline has interface strings in.
    ['deu', 'de'],
    ['ger', 'de'],
    ['fra', 'fr'],
    ['eng', 'en'],
  ])('reads %j as the language %j', (name, tag) => {
    expect(languageFolderTag(name)).toBe(tag);
  });

  test.each([
    // Three-letter language codes that are far likelier folders of files.
    ...['src', 'bak', 'new', 'bin', 'alt', 'lat', 'fil', 'old'],
    // Codes that name no language: several, undetermined, none, uncoded, private use.
    ...['mul', 'und', 'und-DE', 'zxx', 'mis', 'qaa', 'qtz'],
    // A language with a subtag no one has registered, an extension or private use.
    ...['de-drafts', 'de-XX', 'de-u-co-phonebk', 'de-x-legal'],
    ...['drafts', 'archive', 'images', 'v2', 'xx', '', '_', 'de__DE'],
  ])('reads %j as another folder', (name) => {
    expect(languageFolderTag(name)).toBeUndefined();
  });

  test('reads a three-letter code as a language once Redline has interface strings in it', () => {
    expect(languageFolderTag('fil', [...INTERFACE_LANGUAGES, 'fil'])).toBe('fil');
  });

  test('never throws, and gives a tag Redline publishes (LANGUAGE_TAG), which names itself', () => {
    fc.assert(
      fc.property(folderName, (name) => {
        const tag = languageFolderTag(name);
        if (tag === undefined) return;
        expect(tag).toMatch(LANGUAGE_TAG);
        expect(languageFolderTag(tag)).toBe(tag);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isLanguageFolderName', () => {
  test.each(['de', 'fr', 'pt-BR', 'pt-br', 'DE', 'sr-Latn', 'de_DE', 'deu'])('takes %j for a language', (name) => {
    expect(isLanguageFolderName(name)).toBe(true);
  });

  test.each(['old', 'drafts', 'archive', 'images', 'v2', 'xx', 'src', 'und', 'und-DE', 'mul', 'zxx'])(
    'takes %j for another folder',
    (name) => {
      expect(isLanguageFolderName(name)).toBe(false);
    },
  );
});

describe('the language functions, on any folder name', () => {
  test('never throw', () => {
    fc.assert(
      fc.property(folderName, (name) => {
        canonicalLanguageTag(name);
        isLanguageFolderName(name);
        describeLanguage(name);
        describeLanguage(name, false);
        interfaceLanguageFor(name, INTERFACE_LANGUAGES);
        listInterfaceLanguages([name]);
        isInLanguageFolder(`cookies/${name}/2026-03-14.mdx`);
        isTranslationPath(`cookies/${name}`);
      }),
      { numRuns: 2000 },
    );
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
