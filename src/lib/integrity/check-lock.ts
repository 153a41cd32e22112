import { problemAt, type PolicyProblem } from '../policies/policy-problem.ts';
import type { LockFile } from './lock-file.ts';
import type { RevisionState } from './locked-revisions.ts';

/**
 * Check every locked revision against its file: it must still exist under its name, and hash to the
 * last hash of its chain — or carry an erratum whose `previousSha256` is that hash (a correction
 * that `policy:lock` has yet to record). Every erratum must point into the chain.
 */
export function checkLock(lock: LockFile, revisions: readonly RevisionState[], root = 'policies'): PolicyProblem[] {
  const byKey = new Map(revisions.map((r) => [r.key, r]));
  const problems: PolicyProblem[] = [];
  for (const [key, chain] of Object.entries(lock.revisions)) {
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
            `erratum of ${erratum.date} says the previous sha256 was ${erratum.previousSha256}, which the lock never recorded for ${key} (it has ${[...known].join(', ')}) — copy the hash from ${root}/redline.lock.json`,
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
