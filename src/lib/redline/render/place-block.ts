import { pushAll } from '../push-all.ts';
import type { ContainerStack } from './container-stack.ts';
import { appendBlock, text } from './element.ts';
import { renderBlock } from './render-block.ts';
import type { BlockView } from './render-block.ts';
import type { RunContext } from './render-runs.ts';

// Classes that say a whole block was inserted, deleted or moved.
const WHOLE = new Set(['redline-inserted', 'redline-deleted', 'redline-moved']);

/** Render a block and put it in its containers (opening and closing them as needed); `keys` names its frames. */
export function placeBlock(stack: ContainerStack, view: BlockView, keys: readonly string[], context: RunContext): void {
  const placement = stack.place(view.block.frames, keys, view.block.header);
  // A tight item's <li> carries its first block's class (see below). Once the item also holds a
  // block that fared otherwise (a kept sub-list under a deleted line), the item as a whole was not
  // deleted or inserted: it keeps no such class.
  for (const container of placement.shared) {
    const classes = container.properties['className'];
    if (container.tagName !== 'li' || !Array.isArray(classes) || !classes.some((name) => WHOLE.has(String(name)))) continue;
    if (classes.join(' ') !== view.className.join(' ')) delete container.properties['className'];
  }
  const nodes = renderBlock(view, placement.frame, context);
  if (!view.bare) {
    for (const node of nodes) appendBlock(placement.parent, node);
    return;
  }
  // A tight list item's paragraph is inline content of the <li>: the item carries the block's class.
  if (placement.opened && view.className.length > 0) placement.opened.properties['className'] = view.className;
  if (placement.parent.children.length > 0) placement.parent.children.push(text('\n'));
  pushAll(placement.parent.children, nodes);
}
