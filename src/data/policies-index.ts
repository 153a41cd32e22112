import { absoluteDeclarationUrl } from './declarations.ts';
import { absoluteUrl } from './site-url.ts';
import { revisionSha256 } from './sources.ts';
import { integrityHead, lockChain } from './integrity.ts';
import { loadPolicies } from './policies.ts';
import { publishedVersionFields, publishedVersionLinks } from './published-version.ts';
import {
  feedUrl,
  historyUrl,
  INTEGRITY_LOCK_URL,
  POLICIES_INDEX_VERSION,
  POLICIES_SCHEMA_URL,
  policyUrl,
  sourceUrl,
  type PoliciesIndex,
} from '../lib/policies/index.ts';

/** Build the policies index (`/api/policies.json`): every policy and every published revision, with dates, status, label, URLs, the SHA-256 of each source and its lock chain. */
export async function policiesIndex(): Promise<PoliciesIndex> {
  const policies = await loadPolicies();
  return {
    $schema: absoluteUrl(POLICIES_SCHEMA_URL),
    specVersion: POLICIES_INDEX_VERSION,
    asOf: policies[0]?.timeline.asOf ?? '',
    integrity: { ...integrityHead(), lockUrl: absoluteUrl(INTEGRITY_LOCK_URL) },
    policies: policies.map((policy) => ({
      id: policy.slug,
      title: policy.meta.title,
      description: policy.meta.description,
      url: absoluteUrl(policyUrl(policy.slug)),
      historyUrl: absoluteUrl(historyUrl(policy.slug)),
      feedUrl: absoluteUrl(feedUrl(policy.slug)),
      inForce: policy.timeline.inForce?.revision.effective ?? null,
      declarationUrl: policy.timeline.inForce?.revision.declaration ? absoluteDeclarationUrl(policy.slug) : null,
      revisions: policy.timeline.entries.map((entry) => ({
        ...publishedVersionFields(entry),
        ...publishedVersionLinks(policy.slug, entry),
        declarationUrl: entry.revision.declaration ? absoluteDeclarationUrl(policy.slug, entry.revision.effective) : null,
        sourceSha256: revisionSha256(entry.revision),
        sourceUrl: absoluteUrl(sourceUrl(revisionSha256(entry.revision))),
        lock: lockChain(entry.revision).map((locked) => ({
          sha256: locked.sha256,
          lockedOn: locked.lockedOn,
          erratum: locked.erratum ?? null,
          entry: locked.hash,
        })),
      })),
    })),
  };
}
