import type { FlowNode } from './flatten-blocks.ts';
import type { FlattenContext } from './flatten-context.ts';
import { nestFrames } from './nest-frames.ts';
import { pushBlock } from './push-block.ts';
import type { Frame } from './redline-document.ts';
import { makeToken } from './tokenize-text.ts';

/**
 * Queue the items of a list: each item's blocks sit in the list's and the item's frames (the item
 * knows its number and whether the list is loose), a task-list item's checkbox and an ordered item's
 * number wait for its first block, and an empty item still becomes an (empty) block.
 */
export function visitList(
  node: FlowNode,
  frames: Frame[],
  context: FlattenContext,
  schedule: (nodes: readonly FlowNode[], frames: Frame[], context: FlattenContext) => void,
): void {
  const items = node.children ?? [];
  const ordered = node.ordered === true;
  const list: Frame = { type: 'list', id: ++context.frameId, ordered };
  // As mdast-util-to-hast: a list is loose (paragraphs in <p>) when it or any item is spread.
  const spread = node.spread === true || items.some((item) => item.spread === true);
  const inners = items.map((_, index) => {
    const ordinal = (node.start ?? 1) + index;
    return nestFrames(frames, [list, { type: 'listItem', id: ++context.frameId, ordinal, spread }], context);
  });
  // Tasks run last-in first-out: queue the last item first.
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as FlowNode;
    const inner = inners[index] as Frame[];
    context.tasks.push(() => {
      if (item.checked === true || item.checked === false) context.check = makeToken(item.checked ? 'x' : ' ', 'check', [], '');
      if (ordered && inner !== frames) context.numberPending = true;
      const before = context.blocks.length;
      // Queued before the item's children, so it runs after them.
      context.tasks.push(() => {
        if (context.blocks.length === before) pushBlock(context, [], inner, { kind: 'paragraph', line: item.position?.start.line ?? 0 });
      });
      schedule(item.children ?? [], inner, context);
    });
  }
}
