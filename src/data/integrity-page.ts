import type { CalendarDate } from '../lib/dates/index.ts';
import type { LockHead } from '../lib/integrity/index.ts';
import { INTEGRITY_LOCK_URL, POLICIES_JSON_URL, revisionUrl, sourceUrl, type RevisionStatus } from '../lib/policies/index.ts';
import { integrityHead, lockChain } from './integrity.ts';
import { loadPolicies } from './policies.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { revisionSha256 } from './sources.ts';
import { siteLanguages } from './translations.ts';

/** One visible revision on the integrity page: its page, its source's hash now, and what the lock recorded of it. */
export interface IntegrityRevision {
  /** Its effective date. */
  effective: CalendarDate;
  /** Its permanent page. */
  url: string;
  /** Where it stands on the build's day. */
  status: RevisionStatus;
  /** The SHA-256 of its source now, and where to download that source. */
  sha256: string;
  sourceUrl: string;
  /** The lock's entries for it, oldest first: when each hash was recorded, and for a correction its day. */
  chain: { sha256: string; lockedOn: CalendarDate; erratum?: CalendarDate | undefined }[];
}

/** The route data of the integrity page (`/integrity/`). */
export interface IntegrityPageData {
  /** The head of the lock's hash chain. */
  head: LockHead;
  /** The policies index and the lock, as links and as shown (absolute). */
  policiesJson: { href: string; absolute: string };
  lock: { href: string; absolute: string };
  /** The site's own absolute URL, for the verify command. */
  siteUrl: string;
  /** Every policy with its visible revisions, newest first. */
  policies: { slug: string; title: string; revisions: IntegrityRevision[] }[];
  /** The languages the policies are translated into (none: the page does not speak of translations). */
  translationLanguages: string[];
}

/** Return the route data of the integrity page: the head of the lock and every revision's fingerprints. */
export async function integrityRouteData(): Promise<IntegrityPageData> {
  const policies = await loadPolicies();
  return {
    head: integrityHead(),
    policiesJson: { href: sitePath(POLICIES_JSON_URL), absolute: absoluteUrl(POLICIES_JSON_URL) },
    lock: { href: sitePath(INTEGRITY_LOCK_URL), absolute: absoluteUrl(INTEGRITY_LOCK_URL) },
    siteUrl: absoluteUrl('/'),
    translationLanguages: await siteLanguages(),
    policies: policies.map((policy) => ({
      slug: policy.slug,
      title: policy.meta.title,
      revisions: [...policy.timeline.entries].reverse().map(({ revision, status }): IntegrityRevision => {
        const sha256 = revisionSha256(revision);
        return {
          effective: revision.effective,
          url: sitePath(revisionUrl(policy.slug, revision.effective)),
          status,
          sha256,
          sourceUrl: sitePath(sourceUrl(sha256)),
          chain: lockChain(revision).map(({ sha256: hash, lockedOn, erratum }) => ({ sha256: hash, lockedOn, erratum })),
        };
      }),
    })),
  };
}
