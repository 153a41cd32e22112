import { siteFeedRoute } from '../data/feeds.ts';

/** The RSS feed of every new version, across every policy. */
export const GET = siteFeedRoute('all', 'rss');
