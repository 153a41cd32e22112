import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyProblem } from './body-problem.ts';

// Built once: a frozen processor parses any number of bodies. MDX + GFM, as the file extension says;
// it only parses — no MDX compiler ever turns a revision into JavaScript.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** Parse a revision body as MDX + GFM into mdast, or say where and why it is not valid MDX. */
export function parseBody(body: string): { tree: Root } | { problem: BodyProblem } {
  try {
    return { tree: parser.parse(body) };
  } catch (error) {
    // micromark throws a VFileMessage carrying `line`, `column` and `reason`.
    const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message?: string };
    const why = reason ?? message ?? String(error);
    const hint = /<!--|comment/i.test(why)
      ? 'MDX has no HTML comments: write {/* a comment */} instead'
      : 'fix the syntax; to show a literal <, { or }, escape it as \\<, \\{ or \\}, or put it in `code`';
    return { problem: { line: line ?? 1, column: column ?? 1, message: `is not valid MDX (${why}) — ${hint}` } };
  }
}
