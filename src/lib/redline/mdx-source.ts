import type { FlowNode } from './flatten-blocks.ts';

/**
 * Return the source an MDX node was written as: for a component with children only its opening tag
 * (`<Note type="info">`, the children are blocks of their own), otherwise the whole node (ESM,
 * expressions, empty components).
 */
export function mdxSource(node: FlowNode, source: string, openingTagOnly: boolean): string {
  const start = node.position?.start.offset;
  const first = openingTagOnly ? node.children?.[0] : undefined;
  const end = first?.position?.start.offset ?? node.position?.end.offset;
  if (start !== undefined && end !== undefined) return source.slice(start, end).trim();
  return node.type === 'mdxJsxFlowElement' ? `<${node.name ?? ''}>` : `{${node.value ?? ''}}`;
}
