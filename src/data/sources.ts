import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { sourceSha256 } from '../lib/policies/index.ts';
import type { SiteRevision, SourceEntry } from './policies.ts';

// Each source is read and hashed once per build, however many pages and JSON files name its hash.
const sources = keyedCache((entry: SourceEntry) => {
  const path = entry.filePath;
  if (!path) throw new Error(`Entry ${entry.id} has no source file.`);
  const text = readFileSync(join(process.cwd(), path), 'utf8').replace(/\r\n?/g, '\n');
  return { text, sha256: sourceSha256(text) };
});

/** Return an entry's source as published: its file, line endings LF. */
export function entrySource(entry: SourceEntry): string {
  return sources.get(entry.id, entry).text;
}

/** Return the SHA-256 of an entry's source as published. */
export function entrySha256(entry: SourceEntry): string {
  return sources.get(entry.id, entry).sha256;
}

/** Return a revision's source as published: its file, line endings LF. */
export function revisionSource(revision: SiteRevision): string {
  return entrySource(revision.entry);
}

/** Return the SHA-256 of a revision's source as published. */
export function revisionSha256(revision: SiteRevision): string {
  return entrySha256(revision.entry);
}
