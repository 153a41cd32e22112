import { translatedFeedRoute } from '../../../data/translated-feeds.ts';

/** A policy's RSS feed of every new version, in one of its translation languages. */
export const { getStaticPaths, GET } = translatedFeedRoute('all', 'rss');
