export { MAX_ID_BYTES, sectionHistory, sectionRanges } from './section-history.ts';
export type { SectionChange, SectionHistory, SectionLineage } from './section-history.ts';
