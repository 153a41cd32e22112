import { checkSiteAddress, type SiteAddress } from '../lib/site/index.ts';

/**
 * Return the site's address (origin and base path) from its config, or throw an error naming each
 * setting that is wrong, its value and the fix — before Astro builds a page under a broken base.
 */
export function checkedSiteAddress(config: SiteAddress, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const problems = checkSiteAddress(config, {
    url: 'url in src/site.config.ts',
    base: env['REDLINE_BASE'] ? 'REDLINE_BASE (environment variable)' : 'base in src/site.config.ts',
  });
  if (problems.length > 0) throw new Error(`The site's address is wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return { url: config.url, base: config.base };
}
