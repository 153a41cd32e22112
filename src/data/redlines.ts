import { join } from 'node:path';
import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { parseDocument, type DiffOptions, type Redline, type RedlineDocument } from '../lib/redline/index.ts';
import { publishBuildCache } from '../node/build-cache-handoff.ts';
import { cacheDir } from '../node/cache-dir.ts';
import { createDiffCache, type DiffCache } from '../node/diff-cache.ts';
import { engineFingerprint } from '../node/engine-fingerprint.ts';
import type { SiteRevision } from './policies.ts';
import { revisionSha256, revisionSource } from './sources.ts';

// One parse per revision per build: every compare page, revision page and feed item asks this cache.
// The whole source is parsed, front matter included: parseDocument strips it, and a body that itself
// starts with a thematic break (---) is then not mistaken for front matter.
const documents = keyedCache((revision: SiteRevision) => parseRevisionSource(revisionSource(revision)));

let diffs: DiffCache | undefined;

// Redlines persist between builds (REDLINE_CACHE_DIR or node_modules/.astro, in redline-diffs/):
// a rebuild compares only pairs whose sources changed. The inline and side-by-side pages of a pair
// share one comparison within a build too. Opened on the first comparison and handed to the
// integration (src/node/build-cache-handoff.ts), which reports and prunes it after the build.
function diffCache(): DiffCache {
  if (!diffs) {
    diffs = createDiffCache({ dir: join(cacheDir(), 'redline-diffs'), fingerprint: engineFingerprint() });
    publishBuildCache({ cache: diffs, parsed: () => documents.computed });
  }
  return diffs;
}

/** Parse a revision source for the redline the way the site renders it: as written, no typographic quotes or dashes (heading ids agree with the page's). */
export function parseRevisionSource(source: string): RedlineDocument {
  return parseDocument(source, { smartPunctuation: false });
}

/** Compare two revisions of a policy, parsing each at most once per build and reusing the cached comparison of unchanged sources. */
export function redlineBetween(from: SiteRevision, to: SiteRevision, options: DiffOptions = {}): Redline {
  const side = (revision: SiteRevision) => ({ sha256: revisionSha256(revision), doc: documents.get(revision.entry.id, revision) });
  return diffCache().diff(side(from), side(to), options);
}
