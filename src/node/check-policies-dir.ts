import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { checkPolicyTree, PolicyError, problemAt } from '../lib/policies/index.ts';
import { readPolicyFiles } from './read-policy-files.ts';

/** Check the policies folder at `dir` and throw a `PolicyError` listing every problem, if any. */
export function checkPoliciesDir(dir: string, root: string = process.cwd()): void {
  const inside = relative(root, dir);
  const shown = inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? dir : inside;
  if (!existsSync(dir)) {
    throw new PolicyError([
      problemAt(shown, 'does not exist — create it with a folder per policy, or set POLICIES_DIR to where your policies are'),
    ]);
  }
  const problems = checkPolicyTree(readPolicyFiles(dir), shown);
  if (problems.length > 0) throw new PolicyError(problems);
}
