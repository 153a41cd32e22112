import { absoluteUrl } from './site-url.ts';
import { lockChain } from './integrity.ts';
import type { SitePolicy } from './policies.ts';
import { revisionSha256 } from './sources.ts';
import {
  compareUrl,
  policyUrl,
  revisionUrl,
  sourceUrl,
  VERSIONS_DOCUMENT_VERSION,
  VERSIONS_SCHEMA_URL,
  type VersionsDocument,
} from '../lib/policies/index.ts';

/**
 * Build a policy's versions document (`/api/<policy>/versions.json`): every published version with
 * its dates, status, change label and SHA-256 — with the earlier ones its lock chain records before
 * errata — and which one is in force, from the same timeline and lock as `/api/policies.json`.
 */
export function versionsDocument(policy: SitePolicy): VersionsDocument {
  const { timeline } = policy;
  return {
    $schema: absoluteUrl(VERSIONS_SCHEMA_URL),
    specVersion: VERSIONS_DOCUMENT_VERSION,
    policy: policy.slug,
    title: policy.meta.title,
    url: absoluteUrl(policyUrl(policy.slug)),
    asOf: timeline.asOf,
    inForce: timeline.inForce?.revision.effective ?? null,
    versions: timeline.entries.map(({ revision, status, previous, until }) => {
      const sha256 = revisionSha256(revision);
      const former = lockChain(revision)
        .map((entry) => entry.sha256)
        .filter((hash) => hash !== sha256);
      return {
        version: revision.effective,
        effective: revision.effective,
        published: revision.published ?? null,
        until: until ?? null,
        status,
        change: revision.change ?? null,
        summary: revision.summary ?? null,
        sha256,
        formerSha256: [...new Set(former)],
        url: absoluteUrl(revisionUrl(policy.slug, revision.effective)),
        redlineUrl: previous ? absoluteUrl(compareUrl(policy.slug, previous.effective, revision.effective)) : null,
        sourceUrl: absoluteUrl(sourceUrl(sha256)),
      };
    }),
  };
}
