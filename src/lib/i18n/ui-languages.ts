/** The languages Redline's interface is written in (src/lib/i18n/strings): one strings file each. */
export const UI_LANGUAGES = ['en', 'de', 'fr'] as const;

/** A language Redline's interface is written in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Tell whether a language tag, written as `Intl.getCanonicalLocales` writes it, has interface strings. */
export function isUiLanguage(tag: string): tag is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(tag);
}
