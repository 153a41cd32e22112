import { de } from './strings/de.ts';
import { en, type UiStrings } from './strings/en.ts';
import { fr } from './strings/fr.ts';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from './ui-languages.ts';

const STRINGS: Record<UiLanguage, UiStrings> = { en, de, fr };

/**
 * Return the interface texts of a language (`en`, `de`, `fr`); a regional or other variant gets its
 * language's (`de-AT` → `de`, `en-GB` → `en`), as BCP 47 lookup (RFC 4647) falls back. A language
 * without them is an error of the caller (the site's checks refuse such a language first): it
 * throws, naming the languages that have them.
 */
export function uiStrings(lang: string): UiStrings {
  const subtags = lang.split('-');
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    if (isUiLanguage(candidate)) return STRINGS[candidate];
  }
  throw new Error(`no interface strings for the language "${lang}": Redline's interface is written in ${UI_LANGUAGES.join(', ')}`);
}
