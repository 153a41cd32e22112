import { z } from 'astro/zod';
import { calendarDateSchema } from '../policies/schema.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in lowercase hex' });

/** One hash a published revision has had: the original, or one recorded by a correction. */
export const lockEntrySchema = z.strictObject({
  /** SHA-256 of the revision source (line endings LF). */
  sha256,
  /** The day `policy:lock` recorded it. */
  lockedOn: calendarDateSchema,
  /** For a correction: the date of the erratum that explains it. */
  erratum: calendarDateSchema.optional(),
});

/**
 * `policies/redline.lock.json`: for every published revision (`<policy>/<YYYY-MM-DD>`), the chain of
 * hashes it has had, oldest first. Entries are only ever appended.
 */
export const lockFileSchema = z.strictObject({
  /** Version of this format. */
  version: z.literal(1),
  /** The hash chain of each locked revision. */
  revisions: z.record(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/\d{4}-\d{2}-\d{2}$/, { error: 'must be <policy>/<YYYY-MM-DD>' }),
    z.array(lockEntrySchema).min(1),
  ),
});

/** The lock file's content. */
export type LockFile = z.infer<typeof lockFileSchema>;

/** One entry of a revision's hash chain. */
export type LockEntry = z.infer<typeof lockEntrySchema>;

/** The name of the lock file, at the top of the policies folder. */
export const LOCK_FILE = 'redline.lock.json';

/** The folder, inside the policies folder, that keeps the source of every locked hash (`<sha256>.mdx`). */
export const ARCHIVE_DIR = '.archive';

/** Return a lock with nothing locked yet. */
export function emptyLock(): LockFile {
  return { version: 1, revisions: {} };
}

/** Write a lock file deterministically: revisions sorted by key, two-space indents, a final newline. */
export function serializeLock(lock: LockFile): string {
  const revisions = Object.fromEntries(Object.entries(lock.revisions).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ version: lock.version, revisions }, null, 2)}\n`;
}
