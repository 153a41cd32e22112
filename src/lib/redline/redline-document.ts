// A parsed revision and its parts. Everything here is plain data (no classes, Maps or functions), so a
// parsed revision can be cached, serialized and compared against hundreds of other revisions.

import type { MarkdownParser } from './parse/parse-markdown.ts';

/** An inline formatting mark a token sits inside (outermost first on a token). */
export interface Mark {
  /** What the mark is: Markdown emphasis, a link, raw inline HTML, an MDX component, … */
  type: 'emphasis' | 'strong' | 'delete' | 'inlineCode' | 'link' | 'html' | 'jsx' | 'expression' | 'footnote';
  /** Link target as written. */
  url?: string;
  /** Link title. */
  title?: string;
  /** MDX component name or footnote label. */
  name?: string;
  /** Comparison signature: two marks with the same key render the same (a changed href changes it). */
  key: string;
}

/** What a token is; only `word` tokens count as words. */
export type TokenKind = 'word' | 'space' | 'punct' | 'break' | 'image' | 'check' | 'block' | 'cell';

/**
 * The smallest unit the word diff compares: a word, a whitespace run, one punctuation character, or a
 * marker. Equal word, space and punctuation tokens of one revision are one object (see
 * parse/tokenize-text.ts TokenTable), so a parsed token is never changed, and its identity says what
 * it is, not where it stands.
 */
export interface Token {
  /** The text as rendered (whitespace runs outside code are one space; markers have ''). */
  text: string;
  /** `block` separates blocks inside a split/merge group and `cell` starts a table cell; both render no text. */
  kind: TokenKind;
  /** Formatting marks, outermost first. */
  marks: Mark[];
  /** Comparison key: the text plus the marks' keys, so a changed link target or emphasis compares unequal. */
  key: string;
  /** Image source, for `image` tokens (whose text is the alt text). */
  url?: string;
}

/** A container a block sits in, outermost first on a block; `id` is unique within its document. */
export type Frame =
  | { type: 'blockquote'; id: number }
  | { type: 'list'; id: number; ordered: boolean }
  | { type: 'listItem'; id: number; ordinal: number; spread: boolean }
  | { type: 'table'; id: number; align: Array<'left' | 'right' | 'center' | null> }
  | { type: 'jsx'; id: number; name: string }
  | { type: 'footnote'; id: number; label: string };

/** The kinds of comparable blocks. */
export type BlockKind = 'heading' | 'paragraph' | 'code' | 'html' | 'mdx' | 'thematicBreak' | 'tableRow';

/** One comparable block of a revision, with everything needed to render it. */
export interface Block {
  /** What the block is. */
  kind: BlockKind;
  /** Heading level 1–6; 0 for other blocks. */
  depth: number;
  /** Code fence info string (`lang meta`); '' otherwise. */
  lang: string;
  /** Whether a table row is the header row. */
  header: boolean;
  /**
   * Numbers of the ordered list items the block sits in, outermost first (`3`, or `2.1` in item 1 of
   * a list nested in item 2); '' outside ordered lists. Readers see them (clause numbers), so a
   * change is flagged, but they are not part of the key: renumbered blocks still align and move.
   */
  numbering: string;
  /** Whether the block is the first of an ordered list item, so the item's number shows next to it. */
  numbered: boolean;
  /** Inline tokens; a table row has a `cell` token before each cell. */
  tokens: Token[];
  /** Enclosing containers, outermost first. */
  frames: Frame[];
  /** Kind (and header row): only blocks of one shape pair up. */
  shape: string;
  /** Heading level, code language and container nesting: paired blocks that differ here were restyled. */
  structure: string;
  /** Shape plus content: equal keys mean an unchanged block. */
  key: string;
  /** How many words similarity compares (the words, less a heading's own number): the size of parse/make-block.ts wordBag. */
  bagSize: number;
  /** Number of word tokens. */
  words: number;
  /** Index into `RedlineDocument.sections` of the section the block belongs to (null before the first heading). */
  section: number | null;
  /** 1-based line of the source (front matter included) where the block starts; 0 if unknown. */
  line: number;
}

/** A heading section of a revision. */
export interface Section {
  /** The heading id on the page: github-slugger over the heading's text, one slugger per document, as Astro does. */
  id: string;
  /** The heading's text content. */
  title: string;
  /** Heading level 1–6. */
  depth: number;
  /** Index of the heading block. */
  block: number;
}

/** A revision parsed once into comparable blocks. */
export interface RedlineDocument {
  /** Blocks in document order. */
  blocks: Block[];
  /** Headings in document order. */
  sections: Section[];
  /** Whether the body was parsed as MDX (false: MDX rejected it and it was parsed as Markdown + GFM). */
  mdx: boolean;
  /** Why MDX parsing failed, when it did (`line:column: message`). */
  mdxError: string | null;
  /** Number of words. */
  words: number;
  /** Containers and inline marks nested deeper than the engine shows (MAX_NESTING, 64): they show at that depth. 0 normally. */
  nestingCapped: number;
  /** The text that was parsed (front matter included), so a comparison can re-read it as plain Markdown. */
  source: string;
  /** The ParseOptions.smartPunctuation it was parsed with. */
  smartPunctuation: boolean;
  /** The ParseOptions.parser it was parsed with. */
  parser: MarkdownParser;
}
