export { groupByDay } from './group-by-day.ts';
export type { HistoryVersion } from './group-by-day.ts';
export { importedRevision } from './imported-revision.ts';
export type { ImportedRevision, ImportLabels } from './imported-revision.ts';
export { readJekyllSource } from './jekyll-front-matter.ts';
export type { ImportedSource } from './jekyll-front-matter.ts';
export { markdownToMdx } from './markdown-to-mdx.ts';
export type { MdxConversion } from './markdown-to-mdx.ts';
export { codeRanges } from './protected-ranges.ts';
