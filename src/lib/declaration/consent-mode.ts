/**
 * The consent types of Google Consent Mode v2, which a category may govern.
 * Source: Google Tag Platform, "Consent mode reference", consent types.
 */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** One Google Consent Mode v2 consent type. */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];
