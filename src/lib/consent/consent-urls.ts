/** Where the site serves the consent script: versioned, so a breaking change gets `/consent/v2/`. */
export const CONSENT_SCRIPT_URL = '/consent/v1/consent.js';

/** The page that shows the consent banner working on the site's own declaration. */
export const CONSENT_DEMO_URL = '/consent/';
