export { canonicalJson } from './canonical-json.ts';
export { categoriesInEffect, decideReconsent, isDataCategoryGranted } from './consent-decision.ts';
export type { ReconsentDecision } from './consent-decision.ts';
export { validateDeclaration, verifyDeclaration } from './consent-declaration.ts';
export type { ConsentCategory, ConsentDeclaration, ConsentPolicy } from './consent-declaration.ts';
export { consentModeDefault, consentModeUpdate } from './consent-mode.ts';
export { CONSENT_COOKIE, newConsentRecord, parseConsentRecord, serializeConsentRecord } from './consent-record.ts';
export type { ConsentRecord } from './consent-record.ts';
// The site's URLs for the banner live with the rest of the URL layout; kept here for the pages that
// import them with the banner's other names. The small module, not the folder's index: see consent-mode.ts.
export { CONSENT_DEMO_URL, CONSENT_SCRIPT_URL, revisionDeclarationUrl } from '../policies/policy-urls.ts';
