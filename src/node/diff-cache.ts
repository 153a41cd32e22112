import { createHash } from 'node:crypto';
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
import { createEntryStore } from './entry-store.ts';

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
  // Entries are JSON: every reader gets objects of its own, and a page that changes the redline it
  // was given cannot change what is stored.
  const store = createEntryStore(dir, '.json');
  const read = (key: string): PackedRedline | undefined => {
    const data = store.read(key);
    try {
      return data === undefined ? undefined : (JSON.parse(data.toString('utf8')) as PackedRedline);
    } catch {
      return undefined;
    }
  };
  return {
    diff(oldRevision, newRevision, options = {}) {
      if (fingerprint === null) {
        stats.computed++;
        return diffDocuments(oldRevision.doc, newRevision.doc, options);
      }
      const key = diffCacheKey(fingerprint, oldRevision, newRevision, options);
      const stored = read(key);
      const reused = stored ? unpackRedline(stored, oldRevision.doc, newRevision.doc) : null;
      if (reused) {
        stats.reused++;
        return reused;
      }
      stats.computed++;
      const redline = diffDocuments(oldRevision.doc, newRevision.doc, options);
      store.write(key, Buffer.from(JSON.stringify(packRedline(redline))));
      return redline;
    },
    stats,
    flush: () => store.flush(),
    prune: () => store.prune(),
  };
}
