import type { CalendarDate } from '../dates/index.ts';
import type { PolicyProblem } from '../policies/policy-problem.ts';
import { checkLock, findInsertedRevisions, isPublished } from './check-lock.ts';
import { appendToLock, revisionChains, type LockFile } from './lock-file.ts';
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
 * the new hash of every corrected one — appending to the chain, never rewriting; `include` limits
 * which revisions (by key) are locked or corrected. Refuses, changing nothing, while any locked
 * revision is missing or changed without an erratum.
 */
export function updateLock(
  lock: LockFile,
  revisions: readonly RevisionState[],
  today: CalendarDate,
  { root = 'policies', include = () => true }: { root?: string; include?: (key: string) => boolean } = {},
): LockUpdate {
  const problems = checkLock(lock, revisions, root);
  if (problems.length > 0) return { lock, added: [], corrected: [], problems };
  const chains = revisionChains(lock);
  let next = lock;
  const added: string[] = [];
  const corrected: string[] = [];
  // In a stable order, so two runs on the same files write the same chain: older history brought in
  // beneath a policy's locked revisions newest first, new revisions oldest first
  // (findInsertedRevisions).
  const earliest = new Map<string, string>();
  for (const key of chains.keys()) {
    const [policy = '', effective = ''] = key.split('/');
    if (effective < (earliest.get(policy) ?? '9999')) earliest.set(policy, effective);
  }
  const beneath = (r: RevisionState): boolean => !chains.has(r.key) && r.effective < (earliest.get(r.key.split('/')[0] ?? '') ?? '');
  const sorted = [...revisions].sort((a, b) => {
    if (beneath(a) !== beneath(b)) return beneath(a) ? -1 : 1;
    const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    return beneath(a) ? -order : order;
  });
  for (const revision of sorted.filter((r) => include(r.key))) {
    const chain = chains.get(revision.key);
    if (!chain) {
      if (!isPublished(revision, today)) continue;
      next = appendToLock(next, { revision: revision.key, sha256: revision.sha256, lockedOn: today });
      added.push(revision.key);
      continue;
    }
    const last = chain.at(-1)?.sha256;
    if (revision.sha256 === last) continue;
    // checkLock has made sure an erratum explains the change.
    const erratum = revision.errata.find((e) => e.previousSha256 === last);
    next = appendToLock(next, {
      revision: revision.key,
      sha256: revision.sha256,
      lockedOn: today,
      ...(erratum ? { erratum: erratum.date } : {}),
    });
    corrected.push(revision.key);
  }
  const inserted = findInsertedRevisions(next, root);
  if (inserted.length > 0) return { lock, added: [], corrected: [], problems: inserted };
  return { lock: next, added, corrected, problems };
}
