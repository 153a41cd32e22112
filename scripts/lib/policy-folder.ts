import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { POLICY_SLUG, RESERVED_POLICY_SLUGS } from '../../src/lib/policies/index.ts';

/**
 * Say what is wrong with `slug` as the name of a policy folder given on a command line as `given`
 * (`policy`, `--policy`), or return null: it must be a lowercase slug the site does not use itself.
 */
export function policyNameProblem(slug: string, given: string): string | null {
  if (!POLICY_SLUG.test(slug)) {
    return `${given} "${slug}" is not a policy name — use lowercase letters, digits and hyphens only (no "/", "." or spaces), e.g. "cookies" or "terms-of-service": it names the folder policies/<policy>/ and the URL /<policy>/`;
  }
  if (RESERVED_POLICY_SLUGS.has(slug)) {
    return `${given} "${slug}" takes a URL the site uses itself (/${slug}/) — choose another name, e.g. "${slug}-policy"`;
  }
  return null;
}

/**
 * Say why the policy folder `dir` (shown as `shown`) is not a folder directly inside the policies
 * folder `root` once symbolic links are followed, or return null (also when it does not exist yet),
 * so that nothing a command writes there lands outside the policies folder.
 */
export function policyFolderOutside(root: string, dir: string, shown: string): string | null {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    // A link that leads nowhere would still be followed by mkdir and writeFile.
    return isLink(dir) ? `${shown} is a symbolic link that leads nowhere — replace it by a folder, or choose another policy name` : null;
  }
  const inside = relative(realpathSync(root), real);
  const fix = 'replace the link by the folder itself, or choose another policy name';
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return `${shown} leads outside the policies folder (to ${real}) — a policy folder must be a folder directly inside it: ${fix}`;
  }
  if (inside === '' || /[\\/]/.test(inside)) {
    return `${shown} leads to ${real}, which is not a folder directly inside the policies folder — ${fix}`;
  }
  return null;
}

/** Return whether `path` is there at all, a symbolic link included (even one that leads nowhere). */
export function pathTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
