import { siteConfig } from '../fixtures/mailly/site.config.ts';
import { languageName, uiStrings } from '../../src/lib/i18n/index.ts';

/** The language the browser tests' site (Mailly's settings) publishes its policies in; translations are from it. */
export const SOURCE_LANG = siteConfig.lang;

/** The statement of which language governs, as a translated page in `lang` shows it: the site's own, else the interface's. */
export function governingStatement(lang: string): string {
  const configured: Record<string, string> = siteConfig.translations.governingStatement;
  return configured[lang] ?? uiStrings(lang).translation.governingStatement(languageName(SOURCE_LANG, lang));
}

/** The name of the link, in a translated page's notice, to the source-language text of an untranslated upcoming revision. */
export function readInSource(lang: string): string {
  return uiStrings(lang).translation.readIn(languageName(SOURCE_LANG, lang));
}
