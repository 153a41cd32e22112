import { policyFeedRoute } from '../../data/feeds.ts';

/** A policy's JSON Feed of every new version. */
export const { getStaticPaths, GET } = policyFeedRoute('all', 'json');
