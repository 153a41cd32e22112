export {
  cutFrontMatter,
  DEFAULT_PARSER,
  findBoundFault,
  headingText,
  isCommentOnly,
  parseDocument,
  readAlike,
  resolveParseOptions,
} from './parse/index.ts';
export type { FrontMatter, MarkdownParser, ParseOptions } from './parse/index.ts';
export {
  findSizeFault,
  findStructureFault,
  MAX_CONTAINER_MARKERS,
  MAX_EMPHASIS_MARKS,
  MAX_SOURCE_BYTES,
  MAX_SOURCE_LINES,
  MAX_TEXT_NESTING,
  TextBoundError,
} from './text-bounds.ts';
export type { TextBound, TextBoundFault } from './text-bounds.ts';
export { diffDocuments } from './diff-documents.ts';
export { resolveDiffOptions } from './diff-options.ts';
export type { DiffOptions } from './diff-options.ts';
export { diffMarkdown } from './diff-markdown.ts';
export { excerptRedline } from './excerpt-redline.ts';
export type { BlockRange, ExcerptRanges } from './excerpt-redline.ts';
export { rebaseSitePaths, renderRedline, serializeHtml } from './render/index.ts';
export type { RenderOptions } from './render/index.ts';
export { ENGLISH_CUES } from './redline-cues.ts';
export type { RedlineCues } from './redline-cues.ts';
export type { Block, BlockKind, Frame, Mark, RedlineDocument, Section, Token, TokenKind } from './redline-document.ts';
export type { HeadingIds, Redline, RedlineStats, RedlineUnit, SectionStats, TokenOp } from './redline.ts';
export { packRedline, unpackRedline } from './pack-redline.ts';
export type { PackedRedline, PackedRun, PackedUnit } from './pack-redline.ts';
export { IMAGE_SCHEMES, LINK_SCHEMES, safeUrl } from './safe-url.ts';
