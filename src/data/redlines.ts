import { join } from 'node:path';
import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { parseDocument, type DiffOptions, type Redline, type RedlineDocument } from '../lib/redline/index.ts';
import { publishBuildCache } from '../node/build-cache-handoff.ts';
import { cacheDir } from '../node/cache-dir.ts';
import { createDiffCache, type DiffCache } from '../node/diff-cache.ts';
import { createDocumentCache, type DocumentCache } from '../node/document-cache.ts';
import { engineFingerprint } from '../node/engine-fingerprint.ts';
import type { SiteRevision } from './policies.ts';
import { revisionSha256, revisionSource } from './sources.ts';

// As the site renders revisions: as written, no typographic quotes or dashes (heading ids agree with the page's).
const REVISION_PARSE = { smartPunctuation: false };

// Parsed revisions and redlines persist between builds (REDLINE_CACHE_DIR or node_modules/.astro, in
// redline-documents/ and redline-diffs/): a rebuild parses only revisions whose sources changed and
// compares only pairs whose sources changed. Within a build, each revision is read once whatever
// the number of pages that show it, and the inline and side-by-side pages of a pair share one
// comparison. Opened on the first comparison and handed to the integration
// (src/node/build-cache-handoff.ts), which reports and prunes them after the build.
let caches: { documents: DocumentCache; diffs: DiffCache } | undefined;

function buildCaches(): { documents: DocumentCache; diffs: DiffCache } {
  if (!caches) {
    const fingerprint = engineFingerprint();
    caches = {
      documents: createDocumentCache({ dir: join(cacheDir(), 'redline-documents'), fingerprint }),
      diffs: createDiffCache({ dir: join(cacheDir(), 'redline-diffs'), fingerprint }),
    };
    publishBuildCache(caches);
  }
  return caches;
}

// The whole source is parsed, front matter included: parseDocument strips it, and a body that itself
// starts with a thematic break (---) is then not mistaken for front matter.
const revisionDocuments = keyedCache((revision: SiteRevision) =>
  buildCaches().documents.parse(revisionSha256(revision), revisionSource(revision), REVISION_PARSE),
);

/** Parse a revision source for the redline the way the site renders it: as written, no typographic quotes or dashes (heading ids agree with the page's). */
export function parseRevisionSource(source: string): RedlineDocument {
  return parseDocument(source, REVISION_PARSE);
}

/** Return a revision parsed for the redline, read at most once per build (and reused from the cache when its source is unchanged). */
export function revisionDocument(revision: SiteRevision): RedlineDocument {
  return revisionDocuments.get(revision.entry.id, revision);
}

/** Compare two revisions of a policy, reading each at most once per build, and reusing the cached parse and comparison of unchanged sources. */
export function redlineBetween(from: SiteRevision, to: SiteRevision, options: DiffOptions = {}): Redline {
  const side = (revision: SiteRevision) => ({ sha256: revisionSha256(revision), doc: revisionDocument(revision) });
  return buildCaches().diffs.diff(side(from), side(to), options);
}
