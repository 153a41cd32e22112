import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes } from 'mdast';

/**
 * Return the character ranges of code (inline and fenced) in a Markdown text: what a conversion to
 * MDX must leave alone, since code shows its characters as they are.
 */
export function codeRanges(markdown: string): [number, number][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const ranges: [number, number][] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (
      (node.type === 'code' || node.type === 'inlineCode') &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      ranges.push([node.position.start.offset, node.position.end.offset]);
    } else if ('children' in node) {
      stack.push(...(node.children as Nodes[]));
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
