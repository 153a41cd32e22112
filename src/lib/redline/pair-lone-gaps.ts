import { commonWords, dice } from './common-words.ts';
import type { StretchEvent } from './pair-blocks.ts';
import { pushAll } from './push-all.ts';
import type { Block } from './redline-document.ts';

/**
 * Pair the lone old and lone new block left between two pairs (or a pair and the stretch's edge):
 * of the same shape they are most likely the same block rewritten ("## Payment" → "## Billing",
 * "Yes." → "No."), if they are headings, short, or loosely similar. Blocks taken by moves (not
 * `free`) stay alone.
 */
export function pairLoneGaps(
  events: readonly StretchEvent[],
  olds: readonly Block[],
  news: readonly Block[],
  free: { old: boolean[]; new: boolean[] },
): StretchEvent[] {
  const out: StretchEvent[] = [];
  let gap: StretchEvent[] = [];
  const flush = (): void => {
    const freeOld = gap.filter((event) => event.type === 'old' && free.old[event.index]);
    const freeNew = gap.filter((event) => event.type === 'new' && free.new[event.index]);
    const oldEvent = freeOld[0];
    const newEvent = freeNew[0];
    if (freeOld.length === 1 && freeNew.length === 1 && oldEvent?.type === 'old' && newEvent?.type === 'new') {
      const a = olds[oldEvent.index] as Block;
      const b = news[newEvent.index] as Block;
      const loose = dice(commonWords(a.bag, b.bag), a.bag.length, b.bag.length) >= 0.3;
      // Headings may also have changed level; other blocks must sit in the same place in the structure.
      const samePlace = a.kind === 'heading' || a.structure === b.structure;
      if (a.shape === b.shape && samePlace && (a.kind === 'heading' || loose || (a.words <= 3 && b.words <= 3))) {
        // Keep both sides in order around the pair: what precedes it on either side, the pair, the rest.
        const before = gap.filter((event) =>
          event.type === 'old' ? event.index < oldEvent.index : event.type === 'new' && event.index < newEvent.index,
        );
        const after = gap.filter((event) => event !== oldEvent && event !== newEvent && !before.includes(event));
        gap = [...before, { type: 'pair', old: [oldEvent.index], new: [newEvent.index] }, ...after];
      }
    }
    pushAll(out, gap);
    gap = [];
  };
  for (const event of events) {
    if (event.type === 'pair') {
      flush();
      out.push(event);
    } else {
      gap.push(event);
    }
  }
  flush();
  return out;
}
