import { FEED_KINDS, feedUrl, type FeedFormat, type FeedScope } from '../policies/index.ts';

/** Whose feeds they are: the site's title and the policies' owner. */
export interface FeedSite {
  title: string;
  owner: string;
}

/** What a feed is called and says it carries. */
export interface FeedTitle {
  title: string;
  description: string;
}

/** Name a feed of one policy (by its title) or of every policy, every change or only the material ones. */
export function feedTitle(site: FeedSite, policyTitle: string | undefined, scope: FeedScope): FeedTitle {
  const what = policyTitle ? `the ${policyTitle} of ${site.owner}` : `every policy of ${site.owner}`;
  const name = policyTitle ?? site.title;
  return scope === 'all'
    ? { title: `${name}: ${policyTitle ? 'changes' : 'all changes'}`, description: `Every new version of ${what}, with its redline.` }
    : {
        title: `${name}: material changes`,
        description: `Only the material changes to ${what}: new versions that change rights or obligations, with their redline.`,
      };
}

/** A feed as a page announces it (`<link rel="alternate">`) and links it; `route` is a site route, before the base path. */
export interface FeedLink {
  route: string;
  type: 'application/rss+xml' | 'application/feed+json';
  title: string;
  scope: FeedScope;
  format: FeedFormat;
}

/** The four feeds of a policy (or of the whole site): every change and material changes only, each as RSS and as JSON Feed. */
export function feedLinks(site: FeedSite, policy?: { slug: string; title: string }): FeedLink[] {
  return FEED_KINDS.map(({ scope, format }) => ({
    route: feedUrl(policy?.slug, { scope, format }),
    type: format === 'rss' ? 'application/rss+xml' : 'application/feed+json',
    title: `${feedTitle(site, policy?.title, scope).title}${format === 'json' ? ' (JSON Feed)' : ''}`,
    scope,
    format,
  }));
}
