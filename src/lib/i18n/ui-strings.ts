import { de } from './strings/de.ts';
import { en, type UiStrings } from './strings/en.ts';
import { fr } from './strings/fr.ts';
import { UI_LANGUAGES, uiLanguageOf, type UiLanguage } from './ui-languages.ts';

const STRINGS: Record<UiLanguage, UiStrings> = { en, de, fr };

/**
 * Return the interface texts of a language (`en`, `de`, `fr`), a regional variant taking its
 * language's (`en-GB` → `en`, see `uiLanguageOf`). A language without them is an error of the caller
 * (the site's checks refuse such a language first): it throws, naming the languages that have them.
 */
export function uiStrings(lang: string): UiStrings {
  const language = uiLanguageOf(lang);
  if (!language)
    throw new Error(`no interface strings for the language "${lang}": Redline's interface is written in ${UI_LANGUAGES.join(', ')}`);
  return STRINGS[language];
}
