import { siteFeedRoute } from '../data/feeds.ts';

/** The RSS feed of material changes only, across every policy. */
export const GET = siteFeedRoute('material', 'rss');
