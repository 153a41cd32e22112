import { translatedFeedRoute } from '../../../data/translated-feeds.ts';

/** A policy's RSS feed of its material changes, in one of its translation languages. */
export const { getStaticPaths, GET } = translatedFeedRoute('material', 'rss');
