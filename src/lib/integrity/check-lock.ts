import type { CalendarDate } from '../dates/index.ts';
import { problemAt, type PolicyProblem } from '../policies/policy-problem.ts';
import { LOCK_FILE, revisionChains, type LockFile } from './lock-file.ts';
import type { RevisionState } from './locked-revisions.ts';

/**
 * Check every locked revision against its file: it must still exist under its name, and hash to the
 * last hash of its chain — or carry an erratum whose `previousSha256` is that hash (a correction
 * that `policy:lock` has yet to record). Every erratum must point into the chain.
 */
export function checkLock(lock: LockFile, revisions: readonly RevisionState[], root = 'policies'): PolicyProblem[] {
  const byKey = new Map(revisions.map((r) => [r.key, r]));
  const problems: PolicyProblem[] = [];
  for (const [key, chain] of revisionChains(lock)) {
    const locked = chain.at(-1)?.sha256 ?? '';
    const revision = byKey.get(key);
    if (!revision) {
      problems.push(
        problemAt(
          `${root}/${key}.mdx`,
          `was published and locked (sha256 ${locked}) but the file is gone — deleted or renamed. A published revision keeps its file and URL forever: restore it (git checkout -- ${root}/${key}.mdx); to correct it, edit it in place and record an erratum`,
        ),
      );
      continue;
    }
    const known = new Set(chain.map((entry) => entry.sha256));
    for (const erratum of revision.errata) {
      if (!known.has(erratum.previousSha256)) {
        problems.push(
          problemAt(
            revision.file,
            `erratum of ${erratum.date} says the previous sha256 was ${erratum.previousSha256}, which the lock never recorded for ${key} (it has ${[...known].join(', ')}) — copy the hash from ${root}/${LOCK_FILE}`,
          ),
        );
      }
    }
    if (revision.sha256 === locked) continue;
    const pending = revision.errata.some((erratum) => erratum.previousSha256 === locked);
    if (!pending) {
      problems.push(
        problemAt(
          revision.file,
          `was published with sha256 ${locked} but now hashes to ${revision.sha256} — a published revision cannot change silently: undo the edit, or record the correction in its front matter under "errata:" (date, description, previousSha256: ${locked}) and run npm run policy:lock`,
        ),
      );
    }
  }
  return problems;
}

/** Return the day a revision is published: its `published` day, or `effective` when it has none (or a later one). */
export function publishedOn(revision: Pick<RevisionState, 'effective' | 'published'>): CalendarDate {
  return revision.published !== undefined && revision.published < revision.effective ? revision.published : revision.effective;
}

/** Tell whether a revision is published on `today`: in force, or announced through `published`. */
export function isPublished(revision: Pick<RevisionState, 'effective' | 'published'>, today: CalendarDate): boolean {
  return publishedOn(revision) <= today;
}

/**
 * List every revision published on `today` whose text the lock does not record: one not locked at
 * all, and a corrected one whose new hash `policy:lock` has not appended yet. What the site
 * publishes is part of the record from that day, so it is locked (and archived) that day.
 */
export function findUnlocked(lock: LockFile, revisions: readonly RevisionState[], today: CalendarDate): PolicyProblem[] {
  const chains = revisionChains(lock);
  const unrecorded = revisions.flatMap((revision) => {
    const last = chains.get(revision.key)?.at(-1)?.sha256;
    const erratum = revision.errata.find((e) => e.previousSha256 === last);
    // A change with no erratum for it is checkLock's to report.
    if (last === undefined || last === revision.sha256 || !erratum) return [];
    return [
      problemAt(
        revision.file,
        `is corrected (erratum of ${erratum.date}) but the lock has not recorded its new hash ${revision.sha256} — run npm run policy:lock -- ${revision.key} and commit ${LOCK_FILE} and .archive/ with it`,
      ),
    ];
  });
  const unlocked = revisions
    .filter((revision) => isPublished(revision, today) && !chains.has(revision.key))
    .map((revision) => {
      return problemAt(
        revision.file,
        `is published (since ${publishedOn(revision)}) but not locked, so it could still change without a trace — run npm run policy:lock -- ${revision.key} and commit ${LOCK_FILE} and .archive/ with it`,
      );
    });
  return [...unrecorded, ...unlocked];
}

/**
 * Check that no revision was slipped into published history: when a revision is first locked, it
 * takes effect after every revision of its policy locked before it (the usual case) or before all
 * of them (older history brought in beneath, e.g. by `policy:import`) — never between two, which
 * would change what was in force on days already published.
 */
export function findInsertedRevisions(lock: LockFile, root = 'policies'): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const locked = new Map<string, string[]>();
  for (const entry of lock.entries) {
    const [policy = '', effective = ''] = entry.revision.split('/');
    const before = locked.get(policy) ?? [];
    if (before.includes(effective)) continue; // a later hash of a revision already locked
    const after = before.filter((date) => date > effective).sort();
    const earlier = before.filter((date) => date < effective).sort();
    if (after.length > 0 && earlier.length > 0) {
      problems.push(
        problemAt(
          `${root}/${entry.revision}.mdx`,
          `was locked after ${policy}/${after[0]} although it takes effect before it, and after ${policy}/${earlier.at(-1)} — a revision cannot be inserted between published ones, which would change what was in force on days already published: remove it and restore ${root}/${LOCK_FILE}; a new revision takes effect after the latest one`,
        ),
      );
    }
    locked.set(policy, [...before, effective]);
  }
  return problems;
}
