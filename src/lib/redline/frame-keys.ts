import type { Block, Frame } from './redline-document.ts';
import type { Redline } from './redline.ts';

/** Names a block's containers so that the same container in both revisions gets the same name. */
export type FrameKeys = (side: 'old' | 'new', frames: readonly Frame[]) => string[];

/**
 * Map the old revision's containers onto the new one's through the blocks the redline pairs
 * (unchanged and modified blocks): an old list item holding an unchanged paragraph is that new list
 * item. Old containers with no counterpart keep their own name, so they open containers of their own.
 */
export function frameKeys(redline: Pick<Redline, 'units' | 'old' | 'new'>): FrameKeys {
  const oldToNew = new Map<number, string>();
  const link = (oldBlock: Block | undefined, newBlock: Block | undefined): void => {
    if (!oldBlock || !newBlock) return;
    const depth = Math.min(oldBlock.frames.length, newBlock.frames.length);
    for (let d = 0; d < depth; d++) {
      const a = oldBlock.frames[d] as Frame;
      const b = newBlock.frames[d] as Frame;
      if (a.type !== b.type) return;
      if (!oldToNew.has(a.id)) oldToNew.set(a.id, `n${b.id}`);
    }
  };
  for (const unit of redline.units) {
    if (unit.type === 'equal') unit.old.forEach((i, k) => link(redline.old.blocks[i], redline.new.blocks[unit.new[k] ?? -1]));
    if (unit.type === 'modified') for (const i of unit.old) link(redline.old.blocks[i], redline.new.blocks[unit.new[0] ?? -1]);
  }
  return (side, frames) => frames.map((frame) => (side === 'new' ? `n${frame.id}` : (oldToNew.get(frame.id) ?? `o${frame.id}`)));
}
