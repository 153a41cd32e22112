import { SEARCH_URL, searchYear } from '../lib/search/index.ts';
import { SEARCH_SCRIPT_SOURCES } from '../node/content-security-policy.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import { loadPolicies } from './policies.ts';
import { sitePath } from './site-url.ts';

/** The route data of the search page (`/search/`). */
export interface SearchPageData {
  /** The layout's title and description. */
  head: PageHead;
  /** The values of the `policy` filter: every policy's title, in the index's order. */
  policies: string[];
  /** The values of the `year` filter: every year a revision on the site takes effect, newest first. */
  years: string[];
  /** The page itself, where the form sends its query (`?q=…`). */
  searchUrl: string;
  /** The list of policies, for readers without JavaScript. */
  policiesUrl: string;
  /** The `script-src` sources this page needs besides Astro's hashes (src/node/content-security-policy.ts). */
  scriptSources: readonly string[];
}

/** Return the route data of the search page: its filters as the index records them. */
export async function searchRouteData(): Promise<SearchPageData> {
  const policies = await loadPolicies();
  const years = new Set(policies.flatMap((policy) => policy.timeline.entries.map((entry) => searchYear(entry.revision.effective))));
  return {
    // The page is written in English only: its layout too.
    head: {
      lang: 'en',
      title: 'Search',
      description: `Search the text of every ${siteConfig.owner} policy, in force or earlier, and go straight to the section that matches.`,
    },
    policies: policies.map((policy) => policy.meta.title),
    years: [...years].sort().reverse(),
    searchUrl: sitePath(SEARCH_URL),
    policiesUrl: sitePath('/'),
    scriptSources: SEARCH_SCRIPT_SOURCES,
  };
}
