import { translatedFeedRoute } from '../../../data/translated-feeds.ts';

/** A policy's JSON Feed of its material changes, in one of its translation languages. */
export const { getStaticPaths, GET } = translatedFeedRoute('material', 'json');
