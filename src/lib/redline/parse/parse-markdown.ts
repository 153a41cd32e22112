import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A Markdown body parsed to mdast, with how it was parsed. */
export interface ParsedMarkdown {
  /** The mdast tree. */
  tree: Root;
  /** Whether MDX syntax (JSX, ESM, expressions) was recognised. */
  mdx: boolean;
  /** Why MDX parsing failed (`line:column: message`), or null. */
  mdxError: string | null;
}

// Built once: a frozen unified processor can parse any number of documents.
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parse a body as MDX + GFM, falling back to plain Markdown + GFM when MDX rejects it (HTML comments, Liquid tags, stray `<` or `{`). */
export function parseMarkdown(body: string, tryMdx: boolean): ParsedMarkdown {
  if (tryMdx) {
    try {
      return { tree: mdxParser.parse(body), mdx: true, mdxError: null };
    } catch (error) {
      return { tree: markdownParser.parse(body), mdx: false, mdxError: describeError(error) };
    }
  }
  return { tree: markdownParser.parse(body), mdx: false, mdxError: null };
}

function describeError(error: unknown): string {
  // micromark throws a VFileMessage carrying `line` and `column`.
  const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message?: string };
  const where = line === undefined ? '' : `${line}:${column ?? 1}: `;
  return where + (reason ?? message ?? String(error));
}
