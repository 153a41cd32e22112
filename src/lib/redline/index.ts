export { parseDocument } from './parse-document.ts';
export type { ParseOptions } from './parse-document.ts';
export { diffDocuments } from './diff-documents.ts';
export type { DiffOptions } from './diff-options.ts';
export { diffMarkdown } from './diff-markdown.ts';
export { renderRedline } from './render-redline.ts';
export type { RenderOptions } from './render-redline.ts';
export type { Block, BlockKind, Frame, Mark, RedlineDocument, Section, Token, TokenKind } from './redline-document.ts';
export type { HeadingIds, Redline, RedlineStats, RedlineUnit, SectionStats, TokenOp } from './redline.ts';
