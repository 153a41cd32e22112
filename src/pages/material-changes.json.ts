import { siteFeedRoute } from '../data/feeds.ts';

/** The JSON Feed of material changes only, across every policy. */
export const GET = siteFeedRoute('material', 'json');
