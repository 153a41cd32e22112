import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  diffDocuments,
  packRedline,
  resolveDiffOptions,
  unpackRedline,
  type DiffOptions,
  type PackedRedline,
  type ParseOptions,
  type Redline,
  type RedlineDocument,
} from '../lib/redline/index.ts';

/** A revision as the cache sees it: the hash of its source and its parsed form. */
export interface CachedRevision {
  /** SHA-256 of the revision's source (see sourceSha256). */
  sha256: string;
  /** The revision parsed for the redline. */
  doc: RedlineDocument;
}

/** What a cache did since it was opened. */
export interface DiffCacheStats {
  /** Redlines compared afresh. */
  computed: number;
  /** Redlines rebuilt from an entry stored by this or an earlier build. */
  reused: number;
}

/** A persistent cache of redlines, one small file per pair of sources. */
export interface DiffCache {
  /** Return the redline between two revisions, reusing a stored one for the same sources, engine and options. */
  diff(oldRevision: CachedRevision, newRevision: CachedRevision, options?: DiffOptions): Redline;
  /** Counts since the cache was opened. */
  readonly stats: DiffCacheStats;
  /** Wait until every entry computed so far is written. */
  flush(): Promise<void>;
  /** Delete the stored entries this cache has not used since it was opened, after a complete build (and flush); return how many. */
  prune(): number;
}

/** Options of createDiffCache. */
export interface DiffCacheOptions {
  /** Folder of the entries; null keeps them in memory only. */
  dir: string | null;
  /** engineFingerprint(): part of every key; null turns the cache off (every redline is computed). */
  fingerprint: string | null;
}

/**
 * Return the parse options a document was read with, as they shaped it: `mdx` is whether it was read
 * as MDX (false also when MDX rejected it), `smartPunctuation` how its heading ids were made.
 */
export function documentParseOptions(doc: RedlineDocument): Required<ParseOptions> {
  // Required<ParseOptions>: a new parse option does not compile here until the cache key covers it.
  return { mdx: doc.mdx, smartPunctuation: doc.smartPunctuation, parser: doc.parser };
}

// The cache key of a comparison: a hash of the engine fingerprint, both sources' SHA-256, both
// documents' parse options and every diff option (defaults filled in, so leaving an option out and
// giving its default share a key).
function diffCacheKey(fingerprint: string, oldRevision: CachedRevision, newRevision: CachedRevision, options: DiffOptions = {}): string {
  const parts = [
    fingerprint,
    oldRevision.sha256,
    newRevision.sha256,
    documentParseOptions(oldRevision.doc),
    documentParseOptions(newRevision.doc),
    resolveDiffOptions(options),
  ];
  // Numbers are written out, because JSON writes Infinity, -Infinity and NaN all as null.
  const text = JSON.stringify(parts, (_key, value: unknown) => (typeof value === 'number' ? ['number', String(value)] : value));
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Open a redline cache keyed by content: the SHA-256 of both sources, the engine fingerprint, the
 * options both revisions were parsed with and the diff options (see diffCacheKey). Editing a revision
 * changes its hash, so exactly the pairs it is part of are compared again;
 * every other pair is rebuilt from a compact stored entry (PackedRedline), never from rendered HTML.
 * A missing, unreadable or stale entry is compared afresh and written again.
 */
export function createDiffCache({ dir, fingerprint }: DiffCacheOptions): DiffCache {
  const stats: DiffCacheStats = { computed: 0, reused: 0 };
  const used = new Set<string>();
  // Entries not on disk (yet), as JSON: every reader gets objects of its own, and a page that changes
  // the redline it was given cannot change what is stored.
  const memory = new Map<string, string>();
  const pathOf = (key: string): string => join(dir ?? '', `${key}.json`);
  const read = (key: string): PackedRedline | undefined => {
    try {
      const text = memory.get(key) ?? (dir ? readFileSync(pathOf(key), 'utf8') : undefined);
      return text === undefined ? undefined : (JSON.parse(text) as PackedRedline);
    } catch {
      return undefined;
    }
  };
  const pending = new Set<Promise<void>>();
  let made = false;
  const write = (key: string, packed: PackedRedline): void => {
    // Kept in memory until it is on disk, so the pair's other pages find it meanwhile; written in the
    // background, because a synchronous write per pair was a tenth of a large build.
    const text = JSON.stringify(packed);
    memory.set(key, text);
    if (!dir) return;
    const path = pathOf(key);
    // Write then rename, so a build that stops half way never leaves half an entry.
    const temp = `${path}.${process.pid}.tmp`;
    const done = (async () => {
      try {
        if (!made) {
          await mkdir(dir, { recursive: true });
          made = true;
        }
        await writeFile(temp, text);
        await rename(temp, path);
        memory.delete(key);
      } catch {
        // An unwritable cache only makes the next build slower; the entry stays in memory.
      }
    })();
    pending.add(done);
    void done.finally(() => pending.delete(done));
  };
  return {
    diff(oldRevision, newRevision, options = {}) {
      if (fingerprint === null) {
        stats.computed++;
        return diffDocuments(oldRevision.doc, newRevision.doc, options);
      }
      const key = diffCacheKey(fingerprint, oldRevision, newRevision, options);
      used.add(key);
      const stored = read(key);
      const reused = stored ? unpackRedline(stored, oldRevision.doc, newRevision.doc) : null;
      if (reused) {
        stats.reused++;
        return reused;
      }
      stats.computed++;
      const redline = diffDocuments(oldRevision.doc, newRevision.doc, options);
      write(key, packRedline(redline));
      return redline;
    },
    stats,
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    prune() {
      if (!dir) return 0;
      let removed = 0;
      let files: string[];
      try {
        files = readdirSync(dir);
      } catch {
        return 0;
      }
      for (const file of files) {
        if (used.has(file.replace(/\.json$/, ''))) continue;
        rmSync(join(dir, file), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
