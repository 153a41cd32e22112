import { siteFeedRoute } from '../data/feeds.ts';

/** The JSON Feed of every new version, across every policy. */
export const GET = siteFeedRoute('all', 'json');
