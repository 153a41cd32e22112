import type { CalendarDate } from '../dates/index.ts';
import type { PolicyProblem } from '../policies/policy-problem.ts';
import { checkLock } from './check-lock.ts';
import type { LockFile } from './lock-file.ts';
import type { RevisionState } from './locked-revisions.ts';

/** What `updateLock` did. */
export interface LockUpdate {
  /** The new lock (the old one is not modified). */
  lock: LockFile;
  /** Revisions locked for the first time. */
  added: string[];
  /** Revisions whose correction was recorded as a new hash in their chain. */
  corrected: string[];
  /** Why the lock cannot be updated (then `lock` is the old one). */
  problems: PolicyProblem[];
}

/**
 * Lock every revision published by `today` (effective, or announced through `published`) and record
 * the new hash of every corrected one — appending, never rewriting; `include` limits which revisions
 * (by key) are locked or corrected. Refuses, changing nothing, while any locked revision is missing
 * or changed without an erratum.
 */
export function updateLock(
  lock: LockFile,
  revisions: readonly RevisionState[],
  today: CalendarDate,
  { root = 'policies', include = () => true }: { root?: string; include?: (key: string) => boolean } = {},
): LockUpdate {
  const problems = checkLock(lock, revisions, root);
  if (problems.length > 0) return { lock, added: [], corrected: [], problems };
  const next: LockFile = { version: 1, revisions: { ...lock.revisions } };
  const added: string[] = [];
  const corrected: string[] = [];
  for (const revision of revisions.filter((r) => include(r.key))) {
    const chain = next.revisions[revision.key];
    if (!chain) {
      const published = revision.effective <= today || (revision.published !== undefined && revision.published <= today);
      if (!published) continue;
      next.revisions[revision.key] = [{ sha256: revision.sha256, lockedOn: today }];
      added.push(revision.key);
      continue;
    }
    const last = chain.at(-1)?.sha256;
    if (revision.sha256 === last) continue;
    // checkLock has made sure an erratum explains the change.
    const erratum = revision.errata.find((e) => e.previousSha256 === last);
    next.revisions[revision.key] = [...chain, { sha256: revision.sha256, lockedOn: today, ...(erratum ? { erratum: erratum.date } : {}) }];
    corrected.push(revision.key);
  }
  return { lock: next, added, corrected, problems };
}
