import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { diffDocuments, parseDocument, type DiffOptions, type Redline, type RedlineDocument } from '../lib/redline/index.ts';
import type { SiteRevision } from './policies.ts';
import { siteConfig } from '../site.config.ts';
import { revisionSource } from './sources.ts';

// One parse per revision per build: every compare page, revision page and feed item asks this cache.
// The whole source is parsed, front matter included: parseDocument strips it, and a body that itself
// starts with a thematic break (---) is then not mistaken for front matter.
const documents = keyedCache((revision: SiteRevision) => parseRevisionSource(revisionSource(revision)));

/** Parse a revision source for the redline the way the site renders it (heading ids follow its smartypants setting). */
export function parseRevisionSource(source: string): RedlineDocument {
  return parseDocument(source, { smartPunctuation: siteConfig.smartypants });
}

/** Compare two revisions of a policy, parsing each at most once per build. */
export function redlineBetween(from: SiteRevision, to: SiteRevision, options: DiffOptions = {}): Redline {
  return diffDocuments(documents.get(from.entry.id, from), documents.get(to.entry.id, to), options);
}
