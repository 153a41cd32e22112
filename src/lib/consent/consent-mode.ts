// The one module of lib/declaration the banner needs, imported directly: the folder's index would
// bring zod into the browser bundle (see `npm run bench:consent`).
import { CONSENT_MODE_TYPES, type ConsentModeType } from '../declaration/consent-mode.ts';
import type { ConsentDeclaration } from './consent-declaration.ts';

/**
 * The Google Consent Mode v2 default sent before the declaration is known: every type denied
 * (fail closed), with `wait_for_update` milliseconds for tags to wait for the update.
 */
export function consentModeDefault(waitForUpdate: number): Record<ConsentModeType, 'denied'> & { wait_for_update: number } {
  const state = Object.fromEntries(CONSENT_MODE_TYPES.map((type) => [type, 'denied'])) as Record<ConsentModeType, 'denied'>;
  return { ...state, wait_for_update: waitForUpdate };
}

/**
 * Map granted categories to a Google Consent Mode v2 update: a type is granted only when at least
 * one category governs it and every category governing it is granted (as the declaration schema
 * says); types no category governs stay denied.
 */
export function consentModeUpdate(
  declaration: ConsentDeclaration,
  granted: Iterable<string>,
): Record<ConsentModeType, 'granted' | 'denied'> {
  const on = new Set(granted);
  const update = {} as Record<ConsentModeType, 'granted' | 'denied'>;
  for (const type of CONSENT_MODE_TYPES) {
    const governing = declaration.categories.filter((c) => c.consentMode.includes(type));
    update[type] = governing.length > 0 && governing.every((c) => c.required || on.has(c.id)) ? 'granted' : 'denied';
  }
  return update;
}
