import { absoluteDeclarationUrl } from './declarations.ts';
import { absoluteUrl } from './site-url.ts';
import { revisionSha256 } from './sources.ts';
import { integrityHead, lockChain } from './integrity.ts';
import { loadPolicies } from './policies.ts';
import {
  compareUrl,
  feedUrl,
  historyUrl,
  INTEGRITY_LOCK_URL,
  POLICIES_INDEX_VERSION,
  POLICIES_SCHEMA_URL,
  policyUrl,
  revisionUrl,
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
      revisions: policy.timeline.entries.map(({ revision, status, previous, until }) => ({
        version: revision.effective,
        effective: revision.effective,
        published: revision.published ?? null,
        until: until ?? null,
        status,
        change: revision.change ?? null,
        summary: revision.summary ?? null,
        url: absoluteUrl(revisionUrl(policy.slug, revision.effective)),
        redlineUrl: previous ? absoluteUrl(compareUrl(policy.slug, previous.effective, revision.effective)) : null,
        declarationUrl: revision.declaration ? absoluteDeclarationUrl(policy.slug, revision.effective) : null,
        sourceSha256: revisionSha256(revision),
        sourceUrl: absoluteUrl(sourceUrl(revisionSha256(revision))),
        lock: lockChain(revision).map((entry) => ({
          sha256: entry.sha256,
          lockedOn: entry.lockedOn,
          erratum: entry.erratum ?? null,
          entry: entry.hash,
        })),
      })),
    })),
  };
}
