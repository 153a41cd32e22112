import type { Block, Frame } from '../redline-document.ts';
import type { Redline } from '../redline.ts';

/** Names a block's containers so that the same container in both revisions gets the same name. */
export type FrameKeys = (side: 'old' | 'new', frames: readonly Frame[]) => string[];

/**
 * Map the old revision's containers onto the new one's through the blocks the redline pairs
 * (unchanged and modified blocks): an old list item holding an unchanged paragraph is that new list
 * item. Old containers with no counterpart keep their own name, so they open containers of their own.
 */
export function frameKeys(redline: Pick<Redline, 'units' | 'old' | 'new'>): FrameKeys {
  const oldToNew = new Map<number, string>();
  const match = (a: Frame, b: Frame): boolean => {
    if (a.type !== b.type) return false;
    if (!oldToNew.has(a.id)) oldToNew.set(a.id, `n${b.id}`);
    return true;
  };
  // A paired block's own containers correspond from the inside out: its item is that item, the
  // item's list is that list, even when a level was added or removed further out (a "Definitions:"
  // item whose sub-items became top-level items must not become the home of its old children).
  // What is left at the outside, when a level was added or removed inside, corresponds from the
  // outside in. Either way a container is matched at most once per block, never out of order.
  const link = (oldBlock: Block | undefined, newBlock: Block | undefined): void => {
    if (!oldBlock || !newBlock) return;
    const a = oldBlock.frames;
    const b = newBlock.frames;
    let inner = 0;
    while (inner < a.length && inner < b.length && match(a[a.length - 1 - inner] as Frame, b[b.length - 1 - inner] as Frame)) inner++;
    for (let d = 0; d < Math.min(a.length, b.length) - inner && match(a[d] as Frame, b[d] as Frame); d++);
  };
  for (const unit of redline.units) {
    if (unit.type === 'equal') unit.old.forEach((i, k) => link(redline.old.blocks[i], redline.new.blocks[unit.new[k] ?? -1]));
    if (unit.type === 'modified') for (const i of unit.old) link(redline.old.blocks[i], redline.new.blocks[unit.new[0] ?? -1]);
  }
  return (side, frames) => frames.map((frame) => (side === 'new' ? `n${frame.id}` : (oldToNew.get(frame.id) ?? `o${frame.id}`)));
}
