import { languageName } from './language-name.ts';

/** One language version of a page: its language (BCP 47) and its address. */
export interface LanguagePage {
  lang: string;
  href: string;
}

/** One entry of a page's language switcher: the language, its page, whether it is the one shown. */
export interface LanguageLink extends LanguagePage {
  current: boolean;
}

/** One link of the language switcher as a page shows it: named in its own language, with that language's tag. */
export interface LanguageSwitcherItem extends LanguageLink {
  /** The language's name in itself, with a capital as a menu item starts (`Deutsch`, `Français`). */
  name: string;
}

/**
 * List the `<link rel="alternate" hreflang>` of a page that exists in several languages: every
 * language's page, the page itself included, then `x-default` for the page in the source language
 * (the one a reader whose language has no page gets). Empty for a page in one language only.
 */
export function alternateLinks(pages: readonly LanguagePage[], sourceLang: string): LanguagePage[] {
  if (pages.length < 2) return [];
  const source = pages.find((page) => page.lang === sourceLang);
  return [...pages.map(({ lang, href }) => ({ lang, href })), ...(source ? [{ lang: 'x-default', href: source.href }] : [])];
}

/** Mark which of a page's language versions is the one shown: the switcher's entries, in the order given. */
export function languageLinks(pages: readonly LanguagePage[], currentLang: string): LanguageLink[] {
  return pages.map(({ lang, href }) => ({ lang, href, current: lang === currentLang }));
}

/**
 * Return the links of a page's language switcher, each named in its own language: none when the
 * page is in one language only (a switcher with one entry offers nothing).
 */
export function languageSwitcher(languages: readonly LanguageLink[]): LanguageSwitcherItem[] {
  if (languages.length < 2) return [];
  return languages.map((language) => {
    const name = languageName(language.lang, language.lang);
    return { ...language, name: name.charAt(0).toLocaleUpperCase(language.lang) + name.slice(1) };
  });
}
