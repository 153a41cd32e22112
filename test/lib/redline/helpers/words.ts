import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../../../src/lib/redline/parse/parse-markdown.ts';

const PHRASING = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
]);
const TEXT_NODES = new Set(['text', 'inlineCode', 'code', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

/**
 * List the words of a document independently of the engine's tokenizer and renderer: every
 * text-bearing node's value (text, code, raw HTML without its comments, MDX expressions that are not just a comment, and ESM), in order, cut at
 * anything that is not a letter or digit (`<br>` is a line break; inline content is joined as shown;
 * table rows have the header's number of cells). Read as MDX when MDX accepts it, as Markdown otherwise
 * (so a component's tag name is markup, not a word), by the engine's Markdown parser.
 */
export function wordsOfMarkdown(source: string): string[] {
  // The engine's parser (satteri, or remark where its binding is missing): which constructs are
  // markup is the parser's call (satteri reads a lone `<` in a table cell as text and keeps MDX).
  const tree: Nodes = parseMarkdown(source, true).tree;
  // Inline content is joined as it shows (`<code>we</code>we` reads "wewe"); blocks are apart.
  const textOf = (node: Nodes): string => {
    const isBreak = node.type === 'html' && /^<\/?br\s*\/?>$/i.test(node.value);
    if (isBreak) return ' ';
    // Comments never show on the page: HTML ones, and MDX expressions holding only a JS comment.
    if (node.type === 'html') return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return ' ';
    if (TEXT_NODES.has(node.type) && 'value' in node && typeof node.value === 'string') return node.value;
    // GFM shows as many cells per row as the header has: cells past them are never seen.
    if (node.type === 'table') return node.children.map((row) => row.children.slice(0, node.align?.length).map(textOf).join(' ')).join(' ');
    if (!('children' in node)) return ' ';
    return (node.children as Nodes[]).map(textOf).join(PHRASING.has(node.type) ? '' : ' ');
  };
  const values = [textOf(tree)];
  return values.join(' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}
