import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Which parser reads a revision into mdast.
 * - `satteri`: Astro's own Markdown engine (Rust, through a native binding), about 25× faster.
 * - `remark`: remark-parse + remark-gfm (+ remark-mdx), in JavaScript: for a platform without the
 *   native binding. The page's body is read with remark too (src/lib/revision-body/parse-body.ts).
 * test/lib/redline/parse/parser-agreement.test.ts holds the two to the same blocks on every revision of
 * the corpora and every fixture, and pins where they differ on generated text.
 */
export type MarkdownParser = 'satteri' | 'remark';

/** A Markdown body parsed to mdast, with how it was parsed. */
export interface ParsedMarkdown {
  /** The mdast tree. */
  tree: Root;
  /** Whether MDX syntax (JSX, ESM, expressions) was recognised. */
  mdx: boolean;
  /** Why MDX parsing failed (`line:column: message`), or null. */
  mdxError: string | null;
}

type Satteri = typeof import('satteri');

// The native binding is loaded once, when the engine is first imported; a platform without it (the
// package throws "Cannot find native binding" on import) parses with remark instead.
const satteri: Satteri | null = await import('satteri').catch(() => null);

/** The parser parseMarkdown uses unless told otherwise: satteri where its native binding loads, else remark. */
export const DEFAULT_PARSER: MarkdownParser = satteri ? 'satteri' : 'remark';

// Built once: a frozen unified processor can parse any number of documents.
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

// satteri's own front matter reading is off: the engine blanks front matter before parsing (front-matter.ts),
// and a body's leading `---` is a thematic break, as remark reads it.
const SATTERI_OPTIONS = { features: { frontmatter: false } };

/**
 * Parse a body as MDX + GFM, falling back to plain Markdown + GFM when MDX rejects it (HTML comments,
 * Liquid tags, stray `<` or `{`): one decision per revision, which the document records (`mdx`).
 */
export function parseMarkdown(body: string, tryMdx: boolean, parser: MarkdownParser = DEFAULT_PARSER): ParsedMarkdown {
  const read = parser === 'remark' ? remarkReader : (satteriReader ?? unavailable());
  if (tryMdx) {
    try {
      return { tree: read.mdx(body), mdx: true, mdxError: null };
    } catch (error) {
      return { tree: read.markdown(body), mdx: false, mdxError: describeError(error) };
    }
  }
  return { tree: read.markdown(body), mdx: false, mdxError: null };
}

interface Reader {
  mdx(body: string): Root;
  markdown(body: string): Root;
}

const remarkReader: Reader = { mdx: (body) => mdxParser.parse(body), markdown: (body) => markdownParser.parse(body) };

// satteri's tree is remark's mdast (its own type names the same nodes).
const satteriReader: Reader | null = satteri && {
  mdx: (body) => satteri.mdxToMdast(body, SATTERI_OPTIONS) as Root,
  markdown: (body) => satteri.markdownToMdast(body, SATTERI_OPTIONS) as Root,
};

function unavailable(): never {
  throw new Error('The satteri Markdown parser is not available on this platform (its native binding did not load): parse with remark.');
}

function describeError(error: unknown): string {
  // micromark throws a VFileMessage carrying `line` and `column`; satteri an Error whose message
  // starts with `line:column: ` and ends with a rule name in parentheses.
  const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message?: string };
  const where = line === undefined ? '' : `${line}:${column ?? 1}: `;
  return where + (reason ?? message ?? String(error));
}
