import { CONSENT_MODE_TYPES, type ConsentModeType } from '../declaration/consent-mode.ts';

/**
 * The Google Consent Mode v2 default sent before the declaration is known: every type denied
 * (fail closed), with `wait_for_update` milliseconds for tags to wait for the update.
 */
export function consentModeDefault(waitForUpdate: number): Record<ConsentModeType, 'denied'> & { wait_for_update: number } {
  const state = Object.fromEntries(CONSENT_MODE_TYPES.map((type) => [type, 'denied'])) as Record<ConsentModeType, 'denied'>;
  return { ...state, wait_for_update: waitForUpdate };
}
