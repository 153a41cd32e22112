import { bundleConsentScript } from '../node/bundle-consent-script.ts';

/** Return the consent banner script, bundled from `src/consent/` (on each build, and each request in dev). */
export function consentScript(): Promise<string> {
  return bundleConsentScript();
}
