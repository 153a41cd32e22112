import { policyFeedRoute } from '../../data/feeds.ts';

/** A policy's RSS feed of material changes only. */
export const { getStaticPaths, GET } = policyFeedRoute('material', 'rss');
