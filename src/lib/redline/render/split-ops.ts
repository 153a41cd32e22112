import type { Token } from '../redline-document.ts';
import type { TokenOp } from '../redline.ts';

/** A token with the op it takes part in. */
export interface Item {
  op: TokenOp['op'];
  token: Token;
}

/**
 * Cut a unit's ops into one item list per block of a view: `old` keeps equal and deleted tokens and
 * cuts at the old side's block boundaries, `new` keeps equal and inserted ones and cuts at the new
 * side's, and `inline` keeps everything and cuts at the new side's, so a merge's deleted boundary
 * stays in the text (shown as a deleted paragraph break) and a split's inserted boundary ends the
 * paragraph before it (an inserted paragraph break). Whitespace-only edits at the edge of a block
 * are dropped: the block boundary already separates the words. Not with `exactSpace` (code, raw
 * HTML, MDX source), where whitespace is content: an indent added to a code line is a change.
 */
export function splitOps(ops: readonly TokenOp[], view: 'old' | 'new' | 'inline', exactSpace = false): Item[][] {
  const cutOn = view === 'old' ? 'delete' : 'insert';
  const blocks: Item[][] = [[]];
  // In the inline view a split's new paragraph break is itself a change: the paragraph before it
  // ends with the inserted break, so the split is marked and anchored like any other change.
  const insertedBreaks = new Map<Item[], Item>();
  for (const { op, tokens } of ops) {
    if ((view === 'old' && op === 'insert') || (view === 'new' && op === 'delete')) continue;
    for (const token of tokens) {
      if (token.kind === 'block' && (op === 'equal' || op === cutOn)) {
        const ended = blocks.at(-1);
        if (view === 'inline' && op === 'insert' && ended) insertedBreaks.set(ended, { op, token });
        blocks.push([]);
      } else blocks.at(-1)?.push({ op, token });
    }
  }
  for (const items of blocks) {
    while (!exactSpace && isEdgeSpace(items[0])) items.shift();
    while (!exactSpace && isEdgeSpace(items.at(-1))) items.pop();
    const inserted = insertedBreaks.get(items);
    if (inserted) items.push(inserted);
  }
  return blocks;
}

function isEdgeSpace(item: Item | undefined): boolean {
  return item !== undefined && item.op !== 'equal' && item.token.kind === 'space';
}
