import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { diffDocuments, parseDocument, type DiffOptions, type Redline } from '../lib/redline/index.ts';
import type { SiteRevision } from './policies.ts';

// One parse per revision per build: every compare page, revision page and feed item asks this cache.
const documents = keyedCache((revision: SiteRevision) => parseDocument(revision.entry.body ?? ''));

/** Compare two revisions of a policy, parsing each at most once per build. */
export function redlineBetween(from: SiteRevision, to: SiteRevision, options: DiffOptions = {}): Redline {
  return diffDocuments(documents.get(from.entry.id, from), documents.get(to.entry.id, to), options);
}
