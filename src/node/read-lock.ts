import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import {
  emptyLock,
  legacyLockFileSchema,
  LOCK_FILE,
  lockFileSchema,
  migrateLock,
  verifyChain,
  type LockFile,
} from '../lib/integrity/index.ts';
import { problemAt, type PolicyProblem } from '../lib/policies/index.ts';
import { readRegularFile } from './read-policy-files.ts';

// 64 MiB: a lock entry is ~300 bytes, so room for 200,000 of them.
const MAX_LOCK_BYTES = 64 << 20;

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A policies folder's lock as read: the lock, whether the file exists, and what is wrong with it. */
export interface ReadLock {
  /** The lock (empty when the file is missing or unreadable). */
  lock: LockFile;
  /** Whether `redline.lock.json` exists. */
  exists: boolean;
  /** Whether it was a version 1 lock, migrated in memory (only `policy:lock` accepts that). */
  migrated: boolean;
  /** What is wrong with the file: unreadable, invalid, or a chain that does not verify. */
  problems: PolicyProblem[];
}

/**
 * Read `redline.lock.json` from a policies folder and verify its hash chain. A version 1 lock is
 * migrated to a chain with its entries kept; `allowLegacy: false` (the build, policy:check) reports
 * it instead, so a lock cannot be swapped for one without a chain.
 */
export function readLock(dir: string, shown: string, { allowLegacy = false }: { allowLegacy?: boolean } = {}): ReadLock {
  const path = join(dir, LOCK_FILE);
  const file = `${shown}/${LOCK_FILE}`;
  const fail = (message: string): ReadLock => ({ lock: emptyLock(), exists: true, migrated: false, problems: [problemAt(file, message)] });
  if (!existsSync(path) && !isLink(path)) return { lock: emptyLock(), exists: false, migrated: false, problems: [] };
  // Only a regular file of a sane size is read: a link could point anywhere (and show its bytes in
  // an error message), a device could never end.
  const bytes = readRegularFile(path, { maxBytes: MAX_LOCK_BYTES });
  // What is wrong with it (its fix is to restore the lock, whatever readRegularFile would suggest).
  if (typeof bytes === 'string') return fail(`${bytes.split(' — ')[0]} — restore the file from version control`);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return fail('is not valid JSON — restore it from version control');
  }
  const legacy = legacyLockFileSchema.safeParse(data);
  if (legacy.success) {
    if (!allowLegacy)
      return fail('is a version 1 lock, without a hash chain — run npm run policy:lock to migrate it (its entries are kept) and commit it');
    return { lock: migrateLock(legacy.data), exists: true, migrated: true, problems: [] };
  }
  const parsed = lockFileSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'} ${issue.message}`).join('; ');
    return fail(`is not a valid lock file (${where}) — restore it from version control; npm run policy:lock only ever appends to it`);
  }
  const broken = verifyChain(parsed.data);
  return {
    lock: parsed.data,
    exists: true,
    migrated: false,
    problems: broken.map((why) =>
      problemAt(
        file,
        `has a broken hash chain: ${why} — an entry was rewritten; restore the file from version control (npm run policy:lock only ever appends)`,
      ),
    ),
  };
}
