import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSiteConfig } from '../lib/site/index.ts';

/** Where `checkedSiteConfig` looks. */
export interface SiteConfigCheckOptions {
  /** The environment (default `process.env`): `REDLINE_BASE` overrides the config's base path. */
  env?: NodeJS.ProcessEnv;
  /** The project root, whose `public/` holds the logo and favicon (default: the working directory). */
  root?: string;
}

/**
 * Check the site's settings (`src/site.config.ts`) and public files before Astro builds a page: the
 * schema, the address, the brand colour's contrast; that the logo and favicon are files in
 * `public/`; and that `public/` holds only folders and regular files — Astro copies it into the site
 * as it is, so a symbolic link there would publish whatever it points to (`/etc/passwd`, the build's
 * environment). Throw one error listing every problem, each naming the setting or file and the fix.
 */
export function checkedSiteConfig(
  config: Record<string, unknown>,
  { env = process.env, root = process.cwd() }: SiteConfigCheckOptions = {},
): void {
  const problems = checkSiteConfig(config, { baseFromEnvironment: Boolean(env['REDLINE_BASE']) });
  problems.push(...checkPublicFiles(root));
  if (problems.length === 0) {
    const logo = config['logo'] as { src: string } | null;
    const files: [string, string | null][] = [
      ['logo.src', logo?.src ?? null],
      ['favicon', config['favicon'] as string | null],
    ];
    for (const [field, path] of files) {
      if (path === null) continue;
      const file = join('public', ...path.split('/'));
      if (!isRegularFile(join(root, file))) {
        problems.push(
          `src/site.config.ts "${field}" is "${path}", but there is no file ${file} — put the file there, or set ${field.split('.')[0]} to null`,
        );
      }
    }
  }
  if (problems.length > 0) throw new Error(`The site's settings are wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

// Every entry of public/ that is neither a folder nor a regular file (never following a link).
function checkPublicFiles(root: string): string[] {
  const problems: string[] = [];
  const pending = ['public'];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      continue; // No public/ folder: nothing to publish.
    }
    for (const entry of entries) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isSymbolicLink()) {
        problems.push(`${path} is a symbolic link — the site publishes public/ as it is, so copy the file in instead of linking it`);
      } else if (!entry.isFile()) problems.push(`${path} is not a regular file — remove it from public/`);
    }
  }
  return problems.sort();
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
