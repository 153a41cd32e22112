import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../data/feed-items.ts';
import { siteConfig } from '../site.config.ts';

/** The RSS feed of every change to every policy. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL(siteConfig.url);
  return rss({
    title: `${siteConfig.title}: all changes`,
    description: `Every new version of every policy of ${siteConfig.owner}, with its redline.`,
    site: base,
    items: await feedItems(base),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
