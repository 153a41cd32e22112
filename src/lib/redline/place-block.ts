import type { ContainerStack } from './container-stack.ts';
import { appendBlock, text } from './element.ts';
import { renderBlock } from './render-block.ts';
import type { BlockView } from './render-block.ts';
import type { RunContext } from './render-runs.ts';

/** Render a block and put it in its containers (opening and closing them as needed); `keys` names its frames. */
export function placeBlock(stack: ContainerStack, view: BlockView, keys: readonly string[], context: RunContext): void {
  const placement = stack.place(view.block.frames, keys, view.block.header);
  const nodes = renderBlock(view, placement.frame, context);
  if (!view.bare) {
    for (const node of nodes) appendBlock(placement.parent, node);
    return;
  }
  // A tight list item's paragraph is inline content of the <li>: the item carries the block's class.
  if (placement.opened && view.className.length > 0) placement.opened.properties['className'] = view.className;
  if (placement.parent.children.length > 0) placement.parent.children.push(text('\n'));
  placement.parent.children.push(...nodes);
}
