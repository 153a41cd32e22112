import { CONSENT_SCRIPT_URL } from '../lib/consent/index.ts';
import { declarationUrl } from '../lib/policies/index.ts';
import { loadPolicies } from './policies.ts';
import { sitePath } from './site-url.ts';

/** The route data of the consent banner demo (`/consent/`). */
export interface ConsentPageData {
  /** Whether a policy in force declares cookie categories to ask about. */
  declared: boolean;
  /** The declaration the demo asks about: the first such policy's (or the `cookies` policy's, the script's default). */
  declarationUrl: string;
  /** The consent script. */
  scriptUrl: string;
  /** The tag that puts the banner on a site, as shown. */
  embed: string;
}

/** Return the route data of the consent banner demo: it asks about the first policy that declares cookie categories. */
export async function consentPageRouteData(): Promise<ConsentPageData> {
  const policies = await loadPolicies();
  const declared = policies.find((p) => (p.timeline.inForce?.revision.declaration?.categories.length ?? 0) > 0);
  const declaration = sitePath(declarationUrl(declared?.slug ?? 'cookies'));
  const scriptUrl = sitePath(CONSENT_SCRIPT_URL);
  return {
    declared: declared !== undefined,
    declarationUrl: declaration,
    scriptUrl,
    embed: `<script src="${scriptUrl}" data-declaration="${declaration}"></script>`,
  };
}
