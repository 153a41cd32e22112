/**
 * The languages Redline ships interface strings for. src/lib/i18n will own this list (its
 * `UI_LANGUAGES`); until then the checks take it from here, and this is the one line to change.
 */
export const INTERFACE_LANGUAGES: readonly string[] = ['en', 'de', 'fr'];

/** The languages the checks of a policies folder compare translations with. */
export interface TranslationLanguages {
  /** The language the policies are written in: `lang` in src/site.config.ts (BCP 47). */
  sourceLanguage: string;
  /** The languages Redline has interface strings for (INTERFACE_LANGUAGES). */
  interfaceLanguages: readonly string[];
}

// Names of languages in English, for messages; `fallback: 'none'` says when ICU knows no such language.
const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Return a language tag as BCP 47 writes it (`pt-br` → `pt-BR`, `iw` → `he`), or undefined when it is no well-formed tag. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag);
    return canonical.length === 1 ? canonical[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tell whether a folder name inside a policy folder names a language, and so holds translations:
 * a well-formed BCP 47 tag, however it is spelt (`de`, `pt-br`, `DE`), whose language is one the
 * Unicode CLDR knows. Other subfolders (`old`, `drafts`) are not languages, though some are
 * well-formed tags.
 */
export function isLanguageFolderName(name: string): boolean {
  const canonical = canonicalLanguageTag(name);
  if (canonical === undefined) return false;
  return englishNames.of(new Intl.Locale(canonical).language) !== undefined;
}

/**
 * Name a language in English for a message, e.g. `German ("de")`, `Brazilian Portuguese ("pt-BR")`;
 * with `quote` false, `German (de)`.
 */
export function describeLanguage(tag: string, quote = true): string {
  let name: string | undefined;
  try {
    name = englishNames.of(tag);
  } catch {
    name = undefined;
  }
  const shown = quote ? `"${tag}"` : tag;
  return name === undefined ? shown : `${name} (${shown})`;
}

/**
 * Return the interface language whose strings a page in `tag` uses: the tag itself when strings
 * ship for it, else the longest shorter form that has them (`en-GB` → `en`, `de-AT` → `de`), as the
 * lookup of RFC 4647 §3.4 truncates a tag; undefined when none has.
 */
export function interfaceLanguageFor(tag: string, interfaceLanguages: readonly string[]): string | undefined {
  const canonical = canonicalLanguageTag(tag);
  if (canonical === undefined) return undefined;
  const subtags = canonical.split('-');
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    if (interfaceLanguages.includes(candidate)) return candidate;
    // A single-letter subtag (an extension or private use) goes with the subtag after it.
    if (length >= 2 && subtags[length - 2]?.length === 1) length--;
  }
  return undefined;
}

/** Say which interface languages ship, for a message: `en (English), de (German), fr (French)`. */
export function listInterfaceLanguages(interfaceLanguages: readonly string[]): string {
  return interfaceLanguages.map((tag) => `${tag} (${englishNames.of(tag) ?? tag})`).join(', ');
}

/**
 * Order a site's languages for its language switcher and its lists: those `order` names first, in
 * its order, then the others by tag. Each language once.
 */
export function orderLanguages(languages: Iterable<string>, order: readonly string[]): string[] {
  const present = new Set(languages);
  const first = order.filter((tag, index) => present.has(tag) && order.indexOf(tag) === index);
  const rest = [...present].filter((tag) => !first.includes(tag)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...first, ...rest];
}
