import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../data/feed-items.ts';
import { absoluteUrl } from '../data/site-url.ts';
import { siteConfig } from '../site.config.ts';

/** The RSS feed of every change to every policy. */
export const GET: APIRoute = async () => {
  return rss({
    title: `${siteConfig.title}: all changes`,
    description: `Every new version of every policy of ${siteConfig.owner}, with its redline.`,
    site: absoluteUrl('/'),
    items: await feedItems(),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
