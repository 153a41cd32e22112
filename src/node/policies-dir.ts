import { resolve } from 'node:path';

/**
 * Return the absolute path of the policies folder: `POLICIES_DIR` if set (tests build other
 * trees), else `policies/` in the project root.
 */
export function policiesDir(root: string = process.cwd()): string {
  return resolve(root, process.env.POLICIES_DIR || 'policies');
}
