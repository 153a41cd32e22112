import { CONSENT_MODE_TYPES, type ConsentModeType } from '../declaration/consent-mode.ts';
import type { ConsentDeclaration } from './consent-declaration.ts';

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
