import { lstatSync } from 'node:fs';
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
 * Check the site's settings (`src/site.config.ts`) before Astro builds a page: the schema, the
 * address, the brand colour's contrast, and that the logo and favicon are files in `public/`. Throw
 * one error listing every problem, each naming the setting, its value and the fix.
 */
export function checkedSiteConfig(
  config: Record<string, unknown>,
  { env = process.env, root = process.cwd() }: SiteConfigCheckOptions = {},
): void {
  const problems = checkSiteConfig(config, { baseFromEnvironment: Boolean(env['REDLINE_BASE']) });
  if (problems.length === 0) {
    const logo = config['logo'] as { src: string } | null;
    const files: [string, string | null][] = [
      ['logo.src', logo?.src ?? null],
      ['favicon', config['favicon'] as string | null],
    ];
    for (const [field, path] of files) {
      if (path === null) continue;
      const file = join('public', ...path.split('/'));
      let regular = false;
      try {
        regular = lstatSync(join(root, file)).isFile();
      } catch {
        // Missing: said below.
      }
      if (!regular) {
        problems.push(
          `src/site.config.ts "${field}" is "${path}", but ${file} is not a file — put the file there, or set ${field.split('.')[0]} to null`,
        );
      }
    }
  }
  if (problems.length > 0) throw new Error(`The site's settings are wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}
