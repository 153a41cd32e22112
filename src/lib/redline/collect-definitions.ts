import type { FlowNode } from './flatten-blocks.ts';
import { normalize } from './tokenize-inline.ts';
import type { Definitions } from './tokenize-inline.ts';

/** Collect a document's link reference definitions (`[id]: url "title"`), the first of each label winning as in CommonMark. */
export function collectDefinitions(root: FlowNode, definitions: Definitions = new Map()): Definitions {
  // Depth first in document order, with a stack instead of recursion: trees can nest thousands deep.
  const pending: FlowNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'definition') {
      const id = normalize(node);
      if (!definitions.has(id)) definitions.set(id, { url: node.url ?? '', title: node.title ?? '' });
    }
    const children = node.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) pending.push(children[k] as FlowNode);
  }
  return definitions;
}
