import { absoluteUrl } from './site-url.ts';
import type { SiteRevision } from './policies.ts';
import { compareUrl, revisionUrl, type PolicyVersion, type TimelineEntry } from '../lib/policies/index.ts';

/** What the policies index and the versions document both say of a published revision, besides its links. */
export type PublishedVersionFields = Pick<PolicyVersion, 'version' | 'effective' | 'published' | 'until' | 'status' | 'change' | 'summary'>;

/** Return a published revision's dates, status, change label and summary, as `/api/policies.json` and `/api/<policy>/versions.json` list them. */
export function publishedVersionFields({ revision, status, until }: TimelineEntry<SiteRevision>): PublishedVersionFields {
  return {
    version: revision.effective,
    effective: revision.effective,
    published: revision.published ?? null,
    until: until ?? null,
    status,
    change: revision.change ?? null,
    summary: revision.summary ?? null,
  };
}

/** Return the absolute URLs of a published revision's page and of its redline against the previous one (null for the first). */
export function publishedVersionLinks(
  slug: string,
  { revision, previous }: TimelineEntry<SiteRevision>,
): Pick<PolicyVersion, 'url' | 'redlineUrl'> {
  return {
    url: absoluteUrl(revisionUrl(slug, revision.effective)),
    redlineUrl: previous ? absoluteUrl(compareUrl(slug, previous.effective, revision.effective)) : null,
  };
}
