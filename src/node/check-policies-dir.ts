import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { checkLock, revisionStates } from '../lib/integrity/index.ts';
import { checkPolicyTree, PolicyError, problemAt, type PolicyFile, type PolicyProblem } from '../lib/policies/index.ts';
import { readLock } from './read-lock.ts';
import { readPolicyFiles } from './read-policy-files.ts';

/** Return how a folder is named in messages: relative to the project when inside it, absolute otherwise. */
export function shownPath(dir: string, root: string): string {
  const inside = relative(root, dir);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? dir : inside;
}

/** Run every check of the policies folder at `dir` — the files, and the lock of published revisions — and list all problems. */
export function findPolicyProblems(dir: string, root: string = process.cwd()): { files: PolicyFile[]; problems: PolicyProblem[] } {
  const shown = shownPath(dir, root);
  if (!existsSync(dir)) {
    return {
      files: [],
      problems: [problemAt(shown, 'does not exist — create it with a folder per policy, or set POLICIES_DIR to where your policies are')],
    };
  }
  const files = readPolicyFiles(dir);
  const { lock, problems: lockProblems } = readLock(dir, shown);
  return { files, problems: [...checkPolicyTree(files, shown), ...lockProblems, ...checkLock(lock, revisionStates(files, shown), shown)] };
}

/** Check the policies folder at `dir` and throw a `PolicyError` listing every problem, if any. */
export function checkPoliciesDir(dir: string, root: string = process.cwd()): void {
  const { problems } = findPolicyProblems(dir, root);
  if (problems.length > 0) throw new PolicyError(problems);
}
