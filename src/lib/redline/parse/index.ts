export { parseDocument } from './parse-document.ts';
export type { ParseOptions } from './parse-document.ts';
export { findBoundFault } from './find-bound-fault.ts';
export { blankFrontMatter, cutFrontMatter } from './front-matter.ts';
export type { FrontMatter } from './front-matter.ts';
export { readAlike } from './read-alike.ts';
export { headingText } from './heading-text.ts';
export { isCommentOnly } from './visible-source.ts';
export { makeToken, tokenizeText } from './tokenize-text.ts';
