import { uiStrings } from '../i18n/index.ts';
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

/**
 * Name a feed of one policy (by its title) or of every policy, every change or only the material
 * ones, in `lang` (an interface language, src/lib/i18n; default English).
 */
export function feedTitle(site: FeedSite, policyTitle: string | undefined, scope: FeedScope, lang = 'en'): FeedTitle {
  const { feeds } = uiStrings(lang);
  return scope === 'all'
    ? {
        title: policyTitle ? feeds.policyTitle(policyTitle) : feeds.siteTitle(site.title),
        description: feeds.allDescription(site.owner, policyTitle),
      }
    : { title: feeds.materialTitle(policyTitle ?? site.title), description: feeds.materialDescription(site.owner, policyTitle) };
}

/** A feed as a page announces it (`<link rel="alternate">`) and links it; `route` is a site route, before the base path. */
export interface FeedLink {
  route: string;
  type: 'application/rss+xml' | 'application/feed+json';
  title: string;
  scope: FeedScope;
  format: FeedFormat;
}

/**
 * The four feeds of a policy (or of the whole site): every change and material changes only, each
 * as RSS and as JSON Feed, named in `lang` (default English).
 */
export function feedLinks(site: FeedSite, policy?: { slug: string; title: string }, lang = 'en'): FeedLink[] {
  const { feeds } = uiStrings(lang);
  return FEED_KINDS.map(({ scope, format }) => ({
    route: feedUrl(policy?.slug, { scope, format }),
    type: format === 'rss' ? 'application/rss+xml' : 'application/feed+json',
    title: `${feedTitle(site, policy?.title, scope, lang).title}${format === 'json' ? feeds.jsonSuffix : ''}`,
    scope,
    format,
  }));
}
