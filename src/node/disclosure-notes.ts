import { findDisclosureNotes, type PolicyFile, type PolicyProblem } from '../lib/policies/index.ts';
import { siteConfig } from '../site.config.ts';

/**
 * Return the host of the owner's website (`ownerUrl` in src/site.config.ts), e.g. `mailly.io`: the
 * domain of the cookies and stored items a declaration names no domain for ("the site's own"). The
 * cookie policy covers the owner's website, not the site that publishes the policies.
 */
export function ownerDomain(): string {
  return new URL(siteConfig.ownerUrl).hostname;
}

/**
 * List what each revision's device storage disclosure leaves out or reads differently from its
 * declaration (src/lib/policies/disclosure-notes.ts), for the build log and `npm run policy:check`.
 * `shown` is the policies folder as messages name it.
 */
export function disclosureNotes(files: readonly PolicyFile[], shown: string): PolicyProblem[] {
  return findDisclosureNotes(files, { root: shown, siteDomain: ownerDomain() });
}
