import type { RedlineDocument } from '../redline-document.ts';
import { TextBoundError } from '../text-bounds.ts';
import { findBoundFault } from './find-bound-fault.ts';
import { flattenBlocks } from './flatten-blocks.ts';
import { blankFrontMatter } from './front-matter.ts';
import { DEFAULT_PARSER, parseMarkdown, type MarkdownParser } from './parse-markdown.ts';

/** How `parseDocument` reads a revision. */
export interface ParseOptions {
  /** Try MDX first (JSX, ESM, expressions), falling back to Markdown when MDX rejects the text. Default: true. */
  mdx?: boolean;
  /**
   * Compute heading ids as Astro does with `markdown.smartypants` on (its default), where `--` becomes a
   * dash that github-slugger drops. Set false if the site turns smartypants off. Default: true.
   */
  smartPunctuation?: boolean;
  /** The Markdown parser (parse-markdown.ts). Both give the same blocks; default satteri, remark where its native binding is missing. */
  parser?: MarkdownParser;
}

/** Every parse option, its default filled in (Required: a new option does not compile until it has a default here). */
export function resolveParseOptions(options: ParseOptions = {}): Required<ParseOptions> {
  return { mdx: options.mdx ?? true, smartPunctuation: options.smartPunctuation ?? true, parser: options.parser ?? DEFAULT_PARSER };
}

/**
 * Parse an MDX/Markdown revision (front matter allowed and ignored) once into comparable blocks.
 *
 * Throws a `TextBoundError` (naming the line and the bound) for a source past Redline's size,
 * nesting or parse work bounds, before any parser sees it: the parsers are recursive, and such a
 * source could otherwise exhaust the stack or take minutes.
 */
export function parseDocument(source: string, options: ParseOptions = {}): RedlineDocument {
  const fault = findBoundFault(source);
  if (fault) throw new TextBoundError(fault);
  const { mdx, smartPunctuation, parser } = resolveParseOptions(options);
  const body = blankFrontMatter(source);
  const parsed = parseMarkdown(body, mdx, parser);
  const { blocks, sections, nestingCapped } = flattenBlocks(parsed.tree, body, smartPunctuation);
  let words = 0;
  for (const block of blocks) words += block.words;
  return { blocks, sections, mdx: parsed.mdx, mdxError: parsed.mdxError, words, nestingCapped, source, smartPunctuation, parser };
}
