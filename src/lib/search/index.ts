export { bestSection, searchTerms } from './best-section.ts';
export type { SectionMatch } from './best-section.ts';
export { excerptParts } from './excerpt-parts.ts';
export type { ExcerptPart } from './excerpt-parts.ts';
export { describeSearchIndex, formatBytes } from './index-size.ts';
export type { SearchIndexReport } from './index-size.ts';
export {
  revisionSearchFields,
  SEARCH_BUNDLE_DIR,
  SEARCH_URL,
  searchBodyAttributes,
  searchYear,
  STATUS_FILTER,
  statusOfFilter,
} from './search-fields.ts';
export type { RevisionSearchFields } from './search-fields.ts';
