import type { Block, RedlineDocument } from '../redline-document.ts';
import { commonWords, dice, sortedBag } from './block-similarity.ts';
import type { WordBudget } from './block-similarity.ts';

/** A block that moved: its old index and its new index. */
export interface Move {
  old: number;
  new: number;
}

/**
 * Pair identical blocks left over by the alignment (deleted in one place, inserted in another) as
 * moves, first come first served in document order. Blocks without words (rules, empty rows) never
 * move, and blocks of fewer than `minWords` words (other than headings) move only within their
 * section (under the same heading in both revisions): "None." under Fees and "None." under Refunds
 * are two answers, not one moved.
 */
export function findExactMoves(
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
  oldLeft: readonly number[],
  newLeft: readonly number[],
  minWords: number,
): Move[] {
  const moveKey = (doc: RedlineDocument, block: Block): string => {
    if (block.words >= minWords || block.kind === 'heading') return block.key;
    const section = block.section === null ? undefined : doc.sections[block.section];
    return `${block.key}\u0006${section ? doc.blocks[section.block]?.key : ''}`;
  };
  const waiting = new Map<string, number[]>();
  for (const i of oldLeft) {
    const block = oldDoc.blocks[i] as Block;
    if (!movable(block, 1)) continue;
    const key = moveKey(oldDoc, block);
    const queue = waiting.get(key);
    if (queue) queue.push(i);
    else waiting.set(key, [i]);
  }
  const moves: Move[] = [];
  for (const j of newLeft) {
    const i = waiting.get(moveKey(newDoc, newDoc.blocks[j] as Block))?.shift();
    if (i !== undefined) moves.push({ old: i, new: j });
  }
  return moves;
}

/**
 * Pair nearly identical leftover blocks (same shape, Dice ≥ threshold, at least `minWords` words) as
 * moves, most similar first. Returns null when the leftovers are too many to compare (`maxCells`
 * pairs), or comparing them spends the word `budget` (long blocks cost their length).
 */
export function findNearMoves(
  olds: readonly Block[],
  news: readonly Block[],
  oldLeft: readonly number[],
  newLeft: readonly number[],
  options: { threshold: number; minWords: number; maxCells: number; budget?: WordBudget },
): Move[] | null {
  const oldCandidates = oldLeft.filter((i) => movable(olds[i] as Block, options.minWords));
  const newCandidates = newLeft.filter((j) => movable(news[j] as Block, options.minWords));
  if (oldCandidates.length * newCandidates.length > options.maxCells) return null;
  const scored: Array<{ old: number; new: number; similarity: number }> = [];
  const budget = options.budget ?? { left: Infinity };
  for (const i of oldCandidates) {
    const a = olds[i] as Block;
    for (const j of newCandidates) {
      const b = news[j] as Block;
      if (a.shape !== b.shape) continue;
      const sizes = a.bagSize + b.bagSize;
      if ((2 * Math.min(a.bagSize, b.bagSize)) / sizes < options.threshold) continue;
      budget.left -= sizes;
      if (budget.left < 0) return null;
      const similarity = dice(commonWords(sortedBag(a), sortedBag(b)), a.bagSize, b.bagSize);
      if (similarity >= options.threshold) scored.push({ old: i, new: j, similarity });
    }
  }
  scored.sort((x, y) => y.similarity - x.similarity || x.old - y.old || x.new - y.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const moves: Move[] = [];
  for (const candidate of scored) {
    if (usedOld.has(candidate.old) || usedNew.has(candidate.new)) continue;
    usedOld.add(candidate.old);
    usedNew.add(candidate.new);
    moves.push({ old: candidate.old, new: candidate.new });
  }
  return moves;
}

function movable(block: Block, minWords: number): boolean {
  return block.words >= minWords || (block.kind === 'heading' && block.words > 0);
}
