import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems } from '../../data/feed-items.ts';
import type { SitePolicy } from '../../data/policies.ts';
import { policyPaths } from '../../data/policy-paths.ts';
import { absoluteUrl } from '../../data/site-url.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = policyPaths satisfies GetStaticPaths;

/** The RSS feed of one policy's changes. */
export const GET: APIRoute<{ policy: SitePolicy }> = async ({ props }) => {
  return rss({
    title: `${props.policy.meta.title}: changes`,
    description: `Every new version of the ${props.policy.meta.title} of ${siteConfig.owner}, with its redline.`,
    site: absoluteUrl('/'),
    items: await feedItems(props.policy),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
