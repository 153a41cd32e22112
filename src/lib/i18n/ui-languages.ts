/** The languages Redline's interface is written in (src/lib/i18n/strings): one strings file each. */
export const UI_LANGUAGES = ['en', 'de', 'fr'] as const;

/** A language Redline's interface is written in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Tell whether a language tag, written as `Intl.getCanonicalLocales` writes it, is one of the interface languages itself. */
export function isUiLanguage(tag: string): tag is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * Return the interface language a page in `tag` is written in: the tag itself, or for a regional
 * or other variant the language it falls back to by BCP 47 lookup (RFC 4647: `en-GB` → `en`,
 * `de-Latn-CH` → `de`), as `uiStrings` does; undefined when Redline has no interface strings for
 * it (`pt-BR`, or a tag that is not one).
 */
export function uiLanguageOf(tag: string): UiLanguage | undefined {
  const subtags = tag.split('-');
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    if (isUiLanguage(candidate)) return candidate;
  }
  return undefined;
}
