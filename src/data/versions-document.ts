import { siteConfig } from '../site.config.ts';
import { absoluteUrl } from './site-url.ts';
import { lockChain } from './integrity.ts';
import type { SitePolicy } from './policies.ts';
import { revisionSha256 } from './sources.ts';
import { publishedVersionFields, publishedVersionLinks } from './published-version.ts';
import { policyUrl, sourceUrl, VERSIONS_DOCUMENT_VERSION, VERSIONS_SCHEMA_URL, type VersionsDocument } from '../lib/policies/index.ts';

/**
 * Build a policy's versions document (`/api/<policy>/versions.json`): every published version with
 * its dates, status, change label and SHA-256 — with the earlier ones its lock chain records before
 * errata — which one is in force, and the site's time zone, whose calendar decides the day; from the
 * same timeline and lock as `/api/policies.json`.
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
    timeZone: siteConfig.timeZone,
    inForce: timeline.inForce?.revision.effective ?? null,
    versions: timeline.entries.map((entry) => {
      const sha256 = revisionSha256(entry.revision);
      const former = lockChain(entry.revision)
        .map((locked) => locked.sha256)
        .filter((hash) => hash !== sha256);
      return {
        ...publishedVersionFields(entry),
        sha256,
        formerSha256: [...new Set(former)],
        ...publishedVersionLinks(policy.slug, entry),
        sourceUrl: absoluteUrl(sourceUrl(sha256)),
      };
    }),
  };
}
