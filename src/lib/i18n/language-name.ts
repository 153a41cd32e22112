/**
 * Name a language in a language, with the runtime's CLDR data: `languageName('de', 'de')` →
 * `Deutsch`, `languageName('en', 'fr')` → `anglais`, `languageName('pt-BR', 'de')` → `Portugiesisch
 * (Brasilien)`. The name is as CLDR writes it inside a sentence (French and others write language
 * names in lower case); a tag the runtime cannot name is returned as written.
 */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
