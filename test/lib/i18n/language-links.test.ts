import { describe, expect, test } from 'vitest';
import { alternateLinks, languageLinks, languageSwitcher } from '../../../src/lib/i18n/index.ts';

const PAGES = [
  { lang: 'en', href: '/cookies/' },
  { lang: 'de', href: '/de/cookies/' },
  { lang: 'fr', href: '/fr/cookies/' },
];

describe('alternateLinks', () => {
  test('lists every language’s page, the page itself included, then x-default for the source language’s', () => {
    expect(alternateLinks(PAGES, 'en')).toEqual([...PAGES, { lang: 'x-default', href: '/cookies/' }]);
  });

  test('gives no x-default when the source language has no such page', () => {
    expect(alternateLinks(PAGES.slice(1), 'en')).toEqual(PAGES.slice(1));
  });

  test('lists nothing for a page in one language', () => {
    expect(alternateLinks(PAGES.slice(0, 1), 'en')).toEqual([]);
  });
});

describe('languageLinks', () => {
  test('marks the language shown as current, keeping the order given', () => {
    expect(languageLinks(PAGES, 'de')).toEqual([
      { lang: 'en', href: '/cookies/', current: false },
      { lang: 'de', href: '/de/cookies/', current: true },
      { lang: 'fr', href: '/fr/cookies/', current: false },
    ]);
  });
});

describe('languageSwitcher', () => {
  test('names each language in itself, starting with a capital as a menu item does', () => {
    expect(languageSwitcher(languageLinks(PAGES, 'fr')).map(({ lang, name, current }) => [lang, name, current])).toEqual([
      ['en', 'English', false],
      ['de', 'Deutsch', false],
      ['fr', 'Français', true],
    ]);
  });

  test('names a regional language in itself too', () => {
    expect(languageSwitcher(languageLinks([PAGES[0]!, { lang: 'pt-BR', href: '/pt-BR/cookies/' }], 'en'))[1]?.name).toBe(
      'Português (Brasil)',
    );
  });

  test('shows nothing for a page in one language', () => {
    expect(languageSwitcher(languageLinks(PAGES.slice(0, 1), 'en'))).toEqual([]);
  });
});
