import { policyFeedRoute } from '../../data/feeds.ts';

/** A policy's RSS feed of every new version. */
export const { getStaticPaths, GET } = policyFeedRoute('all', 'rss');
