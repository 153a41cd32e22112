import { absoluteSiteUrl, ownerHost, pathUnderBase } from '../lib/site/index.ts';
import { siteConfig } from '../site.config.ts';

/**
 * Return the href of a site route as pages link it, under the site's base path: `sitePath('/cookies/')`
 * is `/legal/cookies/` when the site is served under `/legal/`. Every internal link goes through it.
 */
export function sitePath(route: string): string {
  return pathUnderBase(siteConfig.base, route);
}

/** Return the absolute URL of a site route, for canonical links, feeds, the sitemap's neighbours and JSON. */
export function absoluteUrl(route: string): string {
  return absoluteSiteUrl(siteConfig, route);
}

/** Return the host of the owner's website, e.g. `mailly.io`: the domain of stored items a declaration names no domain for. */
export function ownerDomain(): string {
  return ownerHost(siteConfig);
}
