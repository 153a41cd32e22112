import { UI_LANGUAGES } from '../i18n/ui-languages.ts';
/** The languages Redline ships interface strings for (src/lib/i18n): a translation must be in one of them. */
export const INTERFACE_LANGUAGES: readonly string[] = UI_LANGUAGES;

/**
 * The shape of a translation language's tag as Redline publishes it: a language folder's name, a
 * BCP 47 tag as BCP 47 writes it — language, then script, region and variants where given
 * (`de`, `pt-BR`, `sr-Latn-RS`, `de-1996`), no extensions.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/;

/** The languages the checks of a policies folder compare translations with. */
export interface TranslationLanguages {
  /** The language the policies are written in: `lang` in src/site.config.ts (BCP 47). */
  sourceLanguage: string;
  /** The languages Redline has interface strings for (INTERFACE_LANGUAGES). */
  interfaceLanguages: readonly string[];
}

// Names of languages in English, for messages; `fallback: 'none'` says when ICU knows no such language.
const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

// Name a tag in English, or undefined when CLDR knows no name for it: an unknown language, region or
// variant (`de-XX`, `de-drafts`), or a tag `Intl.DisplayNames` refuses with a RangeError (`en-x-foo`).
function englishName(tag: string): string | undefined {
  try {
    return englishNames.of(tag);
  } catch {
    return undefined;
  }
}

/** Return a language tag as BCP 47 writes it (`pt-br` → `pt-BR`, `iw` → `he`), or undefined when it is no well-formed tag. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag);
    return canonical.length === 1 ? canonical[0] : undefined;
  } catch {
    return undefined;
  }
}

// ISO 639-2 codes that name no language — several, undetermined, no linguistic content, uncoded —
// and its range for private use, qaa–qtz.
const NO_LANGUAGE = /^(?:mul|und|zxx|mis|q[a-t][a-z])$/;

/**
 * Return the language a folder inside a policy folder is named after, as BCP 47 writes its tag
 * (`de`, `pt-BR`), when Redline reads the folder as a language folder (one that holds
 * translations); undefined when it reads it as some other subfolder (`old`, `drafts`, `src`).
 *
 * A folder is a language folder when its name, with `_` read as `-` (`de_DE`), is a well-formed
 * BCP 47 tag without extensions or private use, every part of which the Unicode CLDR names (so
 * not `de-drafts`), and whose language is either a two-letter ISO 639-1 code written so (`de`,
 * `DE`, `pt-br`, `iw`) or one Redline has interface strings in (`deu` → `de`). A three-letter
 * code for any other language is read as an ordinary folder name: `src`, `bak`, `new`, `bin`, `alt`,
 * `lat` and `fil` are language codes too, but far likelier a folder of files; nor are the codes
 * for no language (`mul`, `und`, `zxx`, `mis`, `qaa`–`qtz`) languages.
 */
export function languageFolderTag(name: string, interfaceLanguages: readonly string[] = INTERFACE_LANGUAGES): string | undefined {
  const written = name.replaceAll('_', '-');
  const canonical = canonicalLanguageTag(written);
  if (canonical === undefined) return undefined;
  const subtags = canonical.split('-');
  const language = subtags[0] ?? '';
  const writtenLanguage = (written.split('-')[0] ?? '').toLowerCase();
  // A single-letter subtag starts an extension (`de-u-co-phonebk`) or private use (`de-x-legal`).
  if (subtags.some((subtag) => subtag.length === 1)) return undefined;
  if (NO_LANGUAGE.test(language) || NO_LANGUAGE.test(writtenLanguage)) return undefined;
  if (englishName(canonical) === undefined) return undefined;
  const twoLetter = writtenLanguage.length === 2 && language.length === 2;
  return twoLetter || interfaceLanguages.includes(language) ? canonical : undefined;
}

/** Tell whether Redline reads a folder inside a policy folder as a language folder, which holds translations (languageFolderTag). */
export function isLanguageFolderName(name: string, interfaceLanguages: readonly string[] = INTERFACE_LANGUAGES): boolean {
  return languageFolderTag(name, interfaceLanguages) !== undefined;
}

/**
 * Name a language in English for a message, e.g. `German ("de")`, `Brazilian Portuguese ("pt-BR")`;
 * with `quote` false, `German (de)`.
 */
export function describeLanguage(tag: string, quote = true): string {
  const name = englishName(tag);
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
  return interfaceLanguages.map((tag) => `${tag} (${englishName(tag) ?? tag})`).join(', ');
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
