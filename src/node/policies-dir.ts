import { resolve } from 'node:path';

/**
 * Return the absolute path of the policies folder: `REDLINE_POLICIES_DIR` if set (tests build other
 * trees), else `policies/` in the project root.
 */
export function policiesDir(root: string = process.cwd()): string {
  return resolve(root, process.env.REDLINE_POLICIES_DIR || 'policies');
}
