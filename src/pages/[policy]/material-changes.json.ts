import { policyFeedRoute } from '../../data/feeds.ts';

/** A policy's JSON Feed of material changes only. */
export const { getStaticPaths, GET } = policyFeedRoute('material', 'json');
