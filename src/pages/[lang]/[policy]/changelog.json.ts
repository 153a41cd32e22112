import { translatedFeedRoute } from '../../../data/translated-feeds.ts';

/** A policy's JSON Feed of every new version, in one of its translation languages. */
export const { getStaticPaths, GET } = translatedFeedRoute('all', 'json');
