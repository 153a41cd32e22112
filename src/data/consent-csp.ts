import { consentStylesHash } from '../node/content-security-policy.ts';

/** Return what a site with a Content-Security-Policy must allow for the consent banner: its stylesheet's hash. */
export async function consentCsp(): Promise<{ styleHash: string }> {
  return { styleHash: await consentStylesHash() };
}
