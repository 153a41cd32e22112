import type { FlowNode } from './flatten-blocks.ts';
import { normalize } from './tokenize-inline.ts';
import type { Definitions } from './tokenize-inline.ts';

/** Collect a document's link reference definitions (`[id]: url "title"`), the first of each label winning as in CommonMark. */
export function collectDefinitions(root: FlowNode, definitions: Definitions = new Map()): Definitions {
  if (root.type === 'definition') {
    const id = normalize(root);
    if (!definitions.has(id)) definitions.set(id, { url: root.url ?? '', title: root.title ?? '' });
  }
  for (const child of root.children ?? []) collectDefinitions(child, definitions);
  return definitions;
}
