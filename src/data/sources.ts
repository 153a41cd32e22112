import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { sourceSha256 } from '../lib/policies/index.ts';
import type { SiteRevision } from './policies.ts';

// Each source is read and hashed once per build, however many pages and JSON files name its hash.
const sources = keyedCache((revision: SiteRevision) => {
  const path = revision.entry.filePath;
  if (!path) throw new Error(`Revision ${revision.entry.id} has no source file.`);
  const text = readFileSync(join(process.cwd(), path), 'utf8').replace(/\r\n?/g, '\n');
  return { text, sha256: sourceSha256(text) };
});

/** Return a revision's source as published: its file, line endings LF. */
export function revisionSource(revision: SiteRevision): string {
  return sources.get(revision.entry.id, revision).text;
}

/** Return the SHA-256 of a revision's source as published. */
export function revisionSha256(revision: SiteRevision): string {
  return sources.get(revision.entry.id, revision).sha256;
}
