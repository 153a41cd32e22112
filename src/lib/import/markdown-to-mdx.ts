import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readRevisionBody } from '../revision-body/index.ts';
import { codeRanges } from './protected-ranges.ts';

/** The MDX made from a Markdown text, and what the conversion had to do. */
export interface MdxConversion {
  mdx: string;
  /** Notes on what was converted or escaped, for the import report. */
  notes: string[];
}

// Each rule rewrites one Markdown or HTML construct that MDX reads differently, outside code, so the
// page shows what the Markdown page showed.
const RULES: { name: string; pattern: RegExp; replace: (match: string, ...groups: string[]) => string }[] = [
  // Liquid ({% … %}, {{ … }}) cannot be evaluated here: it is shown as written.
  { name: 'Liquid tag', pattern: /\{%([\s\S]*?)%\}|\{\{([\s\S]*?)\}\}/g, replace: (m) => m.replace(/[{}]/g, (c) => `\\${c}`) },
  // Autolinks are not MDX: write them as ordinary links.
  { name: 'autolink', pattern: /<((?:https?|mailto):[^\s<>]+)>/g, replace: (_m, url) => `[${url}](${url})` },
  { name: 'email autolink', pattern: /<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/g, replace: (_m, email) => `[${email}](mailto:${email})` },
  // <br>, <br/> and the invalid </br> are all a line break; JSX wants it closed.
  { name: 'line break tag', pattern: /<\/?br\s*\/?>/gi, replace: () => '<br />' },
  // Remaining braces would open an expression.
  { name: 'brace', pattern: /(?<!\\)[{}]/g, replace: (m) => `\\${m}` },
  // A < that does not start a tag would start one in MDX.
  { name: 'less-than sign', pattern: /<(?![A-Za-z/!])/g, replace: () => '\\<' },
  // An HTML comment is invisible; an MDX comment is its equivalent (last, so no rule escapes its braces).
  { name: 'HTML comment', pattern: /<!--([\s\S]*?)-->/g, replace: (_m, inner) => `{/*${inner.replace(/\*\//g, '* /')}*/}` },
];

/**
 * Convert a Markdown text (GFM, raw HTML, Liquid) to MDX that reads the same: comments become MDX
 * comments, Liquid tags and stray braces are shown as written, autolinks become links, and any HTML
 * MDX still cannot parse is escaped so it shows as text. Code is left as it is.
 */
export function markdownToMdx(markdown: string): MdxConversion {
  const notes = new Set<string>();
  let mdx = transformOutsideCode(markdown, (text) => {
    let out = text;
    for (const rule of RULES) {
      out = out.replace(rule.pattern, (...args: string[]) => {
        notes.add(rule.name);
        return rule.replace(args[0] as string, ...(args.slice(1) as string[]));
      });
    }
    return out;
  });
  // Last resort, bounded: escape the "<" of any tag MDX still rejects, where its parser says, and
  // then of any element, attribute or link a revision may not contain (readRevisionBody, the check
  // the build runs), so the import passes the check and unsafe HTML shows as the text it was.
  for (let attempt = 0; attempt < 400; attempt++) {
    const error = mdxError(mdx);
    if (error) {
      const fixed = escapeTagAt(mdx, error);
      if (fixed === mdx) throw new Error(`cannot convert to MDX: ${error.message}`);
      notes.add('HTML that MDX cannot read, shown as text');
      mdx = fixed;
      continue;
    }
    const [problem] = readRevisionBody(mdx).problems;
    if (!problem) break;
    const fixed = escapeAt(mdx, offsetOf(mdx, problem));
    if (fixed === mdx) throw new Error(`cannot convert to a safe revision: line ${problem.line}: the text ${problem.message}`);
    notes.add('HTML or links a policy may not contain (scripts, event handlers, javascript: URLs, …), shown as text');
    mdx = fixed;
  }
  return { mdx, notes: [...notes] };
}

// Make the construct starting at `index` text: a tag's "<" written as a character reference (a
// backslash would not escape it right after a GFM autolink literal, which takes the backslash in), a
// link's "[" or an image's "!" escaped.
function escapeAt(mdx: string, index: number): string {
  const char = mdx[index];
  if (char === '<') return `${mdx.slice(0, index)}&lt;${mdx.slice(index + 1)}`;
  return char === '[' || char === '!' ? `${mdx.slice(0, index)}\\${mdx.slice(index)}` : mdx;
}

function transformOutsideCode(markdown: string, transform: (text: string) => string): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of codeRanges(markdown)) {
    out += transform(markdown.slice(cursor, start)) + markdown.slice(start, end);
    cursor = end;
  }
  return out + transform(markdown.slice(cursor));
}

function mdxError(mdx: string): { start: number; end: number; message: string } | null {
  try {
    unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(mdx);
    return null;
  } catch (error) {
    type Point = { line?: number; column?: number; offset?: number };
    const place = (error as { place?: Point & { start?: Point; end?: Point } }).place ?? {};
    const start = offsetOf(mdx, place.start ?? place);
    return { start, end: place.end ? offsetOf(mdx, place.end) : mdx.length, message: (error as Error).message };
  }
}

// Messages give a line and column, and not always an offset.
function offsetOf(text: string, point: { line?: number; column?: number; offset?: number }): number {
  if (point.offset !== undefined) return point.offset;
  const lines = text.split('\n').slice(0, (point.line ?? 1) - 1);
  return lines.reduce((sum, line) => sum + line.length + 1, 0) + (point.column ?? 1) - 1;
}

// Escape the tag the error is about: the first unescaped "<" in its range, else the last one before it.
function escapeTagAt(mdx: string, error: { start: number; end: number }): string {
  const unescaped = (i: number): boolean => mdx[i] === '<' && mdx[i - 1] !== '\\';
  let index = -1;
  for (let i = error.start; i < Math.max(error.end, error.start + 1) && index < 0; i++) if (unescaped(i)) index = i;
  for (let i = error.start - 1; i >= 0 && index < 0; i--) if (unescaped(i)) index = i;
  return index < 0 ? mdx : escapeAt(mdx, index);
}
