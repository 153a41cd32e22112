import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { canonicalJson } from '../consent/canonical-json.ts';

// Lock dates are JSON strings (never YAML dates), so a plain ISO date describes them, in JSON Schema too.
const calendarDateSchema = z.iso.date();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in lowercase hex' });
const revisionKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/\d{4}-\d{2}-\d{2}$/, { error: 'must be <policy>/<YYYY-MM-DD>' });

/** The `previous` of the first entry: no entry comes before it. */
export const GENESIS = '0'.repeat(64);

/**
 * One entry of the lock's hash chain: a hash a published revision has had (its first, or one a
 * correction recorded), committed to the entry before it. Its `hash` covers the entry and the
 * previous entry's hash, so rewriting any entry changes every later one and the chain's head.
 */
export const lockEntrySchema = z.strictObject({
  /** The revision, `<policy>/<YYYY-MM-DD>`. */
  revision: revisionKey,
  /** SHA-256 of the revision source (line endings LF). */
  sha256,
  /** The day `policy:lock` recorded it. */
  lockedOn: calendarDateSchema,
  /** For a correction: the date of the erratum that explains it. */
  erratum: calendarDateSchema.optional(),
  /** The `hash` of the entry before (GENESIS for the first). */
  previous: sha256,
  /** SHA-256 of the RFC 8785 canonical JSON of this entry without `hash` (see entryHash). */
  hash: sha256,
});

/**
 * `policies/redline.lock.json`, version 2: one append-only hash chain of every hash every published
 * revision has had, in the order they were locked. Its last entry's `hash` is the chain's head,
 * published on the site, so anyone who saved a head can prove the record was only appended to.
 */
export const lockFileSchema = z.strictObject({
  /** Version of this format. */
  version: z.literal(2),
  /** The hash of entries and sources. */
  algorithm: z.literal('sha256'),
  /** The chain, oldest first. */
  entries: z.array(lockEntrySchema),
});

/**
 * Version 1 of the lock (until 2026-11): for each revision the hashes it has had, with no chain.
 * Still read, and migrated to version 2 by `migrateLock` with its entries kept.
 */
export const legacyLockFileSchema = z.strictObject({
  version: z.literal(1),
  revisions: z.record(
    revisionKey,
    z.array(z.strictObject({ sha256, lockedOn: calendarDateSchema, erratum: calendarDateSchema.optional() })).min(1),
  ),
});

/** Return the JSON Schema (draft 2020-12) of the lock file, published at `id`. */
export function lockJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(lockFileSchema, { target: 'draft-2020-12' }), $id: id };
}

/** The lock file's content. */
export type LockFile = z.infer<typeof lockFileSchema>;

/** One entry of the lock's chain. */
export type LockEntry = z.infer<typeof lockEntrySchema>;

/** What is recorded about one hash, before it is chained. */
export type LockRecord = Pick<LockEntry, 'revision' | 'sha256' | 'lockedOn' | 'erratum'>;

/** The head of a lock's chain, as the site publishes it. */
export interface LockHead {
  /** The hash function of the chain. */
  algorithm: 'sha256';
  /** The last entry's hash (GENESIS for an empty lock). */
  head: string;
  /** How many entries the chain has. */
  entries: number;
}

/** The name of the lock file, at the top of the policies folder. */
export const LOCK_FILE = 'redline.lock.json';

/** The folder, inside the policies folder, that keeps the source of every locked hash (`<sha256>.mdx`). */
export const ARCHIVE_DIR = '.archive';

/** Return a lock with nothing locked yet. */
export function emptyLock(): LockFile {
  return { version: 2, algorithm: 'sha256', entries: [] };
}

/** Return an entry's hash: SHA-256 (hex) of the RFC 8785 canonical JSON of every field but `hash`. */
export function entryHash(entry: Omit<LockEntry, 'hash'>): string {
  const { revision, sha256: source, lockedOn, erratum, previous } = entry;
  const fields =
    erratum === undefined ? { revision, sha256: source, lockedOn, previous } : { revision, sha256: source, lockedOn, erratum, previous };
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}

/** Return a new lock with `record` appended to the chain (the old lock is not modified). */
export function appendToLock(lock: LockFile, record: LockRecord): LockFile {
  const fields: Omit<LockEntry, 'hash'> = {
    revision: record.revision,
    sha256: record.sha256,
    lockedOn: record.lockedOn,
    ...(record.erratum === undefined ? {} : { erratum: record.erratum }),
    previous: lockHead(lock).head,
  };
  return { ...lock, entries: [...lock.entries, { ...fields, hash: entryHash(fields) }] };
}

/** Return the head of a lock's chain: the last entry's hash and how many entries there are. */
export function lockHead(lock: LockFile): LockHead {
  return { algorithm: 'sha256', head: lock.entries.at(-1)?.hash ?? GENESIS, entries: lock.entries.length };
}

/** Return each locked revision's hashes, oldest first, keyed `<policy>/<YYYY-MM-DD>`. */
export function revisionChains(lock: LockFile): Map<string, LockEntry[]> {
  const chains = new Map<string, LockEntry[]>();
  for (const entry of lock.entries) chains.set(entry.revision, [...(chains.get(entry.revision) ?? []), entry]);
  return chains;
}

/**
 * Check a lock's chain link by link: each entry names the hash of the one before (the first names
 * GENESIS) and hashes to its own `hash`. Return what is wrong, entry by entry (1-based), or nothing.
 */
export function verifyChain(lock: LockFile): string[] {
  const problems: string[] = [];
  let previous = GENESIS;
  lock.entries.forEach((entry, index) => {
    const { hash, ...fields } = entry;
    if (entry.previous !== previous) {
      problems.push(
        `entry ${index + 1} (${entry.revision}) says the entry before it hashes to ${entry.previous}, but it hashes to ${previous}`,
      );
    }
    const actual = entryHash(fields);
    if (actual !== hash) problems.push(`entry ${index + 1} (${entry.revision}) says it hashes to ${hash}, but it hashes to ${actual}`);
    previous = hash;
  });
  return problems;
}

/**
 * Say how `next` fails to extend `base` — an entry of `base` missing, changed or moved — or return
 * null when `next` holds every entry of `base`, in order, at its start (it was only appended to).
 */
export function lockExtends(base: LockFile, next: LockFile): string | null {
  for (const [index, entry] of base.entries.entries()) {
    const now = next.entries[index];
    if (now === undefined)
      return `the earlier lock has ${base.entries.length} entries, this one only ${next.entries.length}: entries were removed`;
    if (now.hash !== entry.hash) {
      return `entry ${index + 1} was ${entry.revision} ${entry.sha256} (hash ${entry.hash}) and is now ${now.revision} ${now.sha256} (hash ${now.hash}): the record was rewritten, not only appended to`;
    }
  }
  return null;
}

/**
 * Migrate a version 1 lock to version 2, keeping every entry: chained in the order they were locked
 * (by day, then revision, then their order in the revision's own list).
 */
export function migrateLock(legacy: z.infer<typeof legacyLockFileSchema>): LockFile {
  const records = Object.entries(legacy.revisions).flatMap(([revision, chain]) =>
    chain.map((entry, index) => ({ index, record: { revision, ...entry } as LockRecord })),
  );
  records.sort((a, b) =>
    a.record.lockedOn !== b.record.lockedOn
      ? a.record.lockedOn < b.record.lockedOn
        ? -1
        : 1
      : a.record.revision !== b.record.revision
        ? a.record.revision < b.record.revision
          ? -1
          : 1
        : a.index - b.index,
  );
  return records.reduce((lock, { record }) => appendToLock(lock, record), emptyLock());
}

/** Write a lock file deterministically: fields in a fixed order, two-space indents, a final newline. */
export function serializeLock(lock: LockFile): string {
  const entries = lock.entries.map(({ revision, sha256: source, lockedOn, erratum, previous, hash }) =>
    erratum === undefined
      ? { revision, sha256: source, lockedOn, previous, hash }
      : { revision, sha256: source, lockedOn, erratum, previous, hash },
  );
  return `${JSON.stringify({ version: 2, algorithm: 'sha256', entries }, null, 2)}\n`;
}
