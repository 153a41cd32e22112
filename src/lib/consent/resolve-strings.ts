import { CONSENT_STRINGS, type ConsentStrings } from './consent-strings.ts';

/** Merge a site's own texts (e.g. a translation) over the defaults, keeping only known keys with text values. */
export function resolveStrings(custom: unknown): ConsentStrings {
  const strings = { ...CONSENT_STRINGS };
  if (typeof custom !== 'object' || custom === null) return strings;
  for (const key of Object.keys(strings) as (keyof ConsentStrings)[]) {
    const value = (custom as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0) strings[key] = value;
  }
  return strings;
}
