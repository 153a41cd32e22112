export { MAX_ID_BYTES, ownRange, sectionHistory, sectionRanges, subsectionsOf } from './section-history.ts';
export type { SectionChange, SectionHistory, SectionLineage } from './section-history.ts';
