import { pushAll } from '../push-all.ts';
import type { Block } from '../redline-document.ts';
import { blockSimilarity, commonWords, dice, sortedBag } from './block-similarity.ts';
import type { WordBudget } from './block-similarity.ts';

/** One step through an unmatched stretch: an old or new block left alone, or blocks paired as one modified unit. */
export type StretchEvent = { type: 'old'; index: number } | { type: 'new'; index: number } | { type: 'pair'; old: number[]; new: number[] };

/** Inputs of `pairBlocks` beyond the blocks. */
export interface PairOptions {
  /** Which old / new blocks may pair (false: already taken by a move). */
  free: { old: boolean[]; new: boolean[] };
  /** Least Dice similarity of a pair (DiffOptions.pairThreshold). */
  threshold: number;
  /** Most blocks in a split or merge (DiffOptions.maxSplit). */
  maxSplit: number;
  /** Most deleted × inserted pairs to score before leaving the stretch unpaired (DiffOptions.maxPairCells). */
  maxCells: number;
  /** Words scoring may still compare before leaving the stretch unpaired (DiffOptions.maxPairWords). Default: no bound. */
  budget?: WordBudget;
}

const SKIP_OLD = 1;
const SKIP_NEW = 2;
const PAIR = 3;
const SPLIT = 100; // + k: one old block split into k new ones.
const MERGE = 200; // + k: k old blocks merged into one new one.

/**
 * Pair the blocks of an unmatched stretch, keeping order: a dynamic program maximizes the words the
 * pairs share (each pair scores shared words + 1), allowing one-to-one pairs and one-to-k splits and
 * merges. Skips come out deletions first. A stretch of more than `maxCells` pairs, or whose scoring
 * spends the word `budget`, is left unpaired (`bounded`). Afterwards, a lone old and a lone new block between two pairs still pair if they are
 * headings (a renamed heading), short, or loosely similar.
 */
export function pairBlocks(
  olds: readonly Block[],
  news: readonly Block[],
  options: PairOptions,
): { events: StretchEvent[]; bounded: boolean } {
  const n = olds.length;
  const m = news.length;
  if (n * m > options.maxCells) return unpaired(n, m);
  const similarity = blockSimilarity(olds, news, options.free, options.threshold, options.budget);
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const step = new Uint16Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    if (similarity.exhausted()) return unpaired(n, m);
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let move = 0;
      const consider = (value: number, code: number): void => {
        if (value > best) {
          best = value;
          move = code;
        }
      };
      if (i > 0) consider(score[(i - 1) * width + j] as number, SKIP_OLD);
      // `>=` for the new skip: walking back, it is taken first, so insertions follow deletions.
      if (j > 0 && (score[i * width + j - 1] as number) >= best) {
        best = score[i * width + j - 1] as number;
        move = SKIP_NEW;
      }
      if (i > 0 && j > 0) {
        const shared = similarity.pair(i - 1, j - 1);
        if (shared >= 0) consider((score[(i - 1) * width + j - 1] as number) + shared + 1, PAIR);
        for (let k = 2; k <= options.maxSplit; k++) {
          if (j >= k) {
            const split = similarity.group(i - 1, j - k, k, true);
            if (split >= 0) consider((score[(i - 1) * width + j - k] as number) + split + 1, SPLIT + k);
          }
          if (i >= k) {
            const merge = similarity.group(j - 1, i - k, k, false);
            if (merge >= 0) consider((score[(i - k) * width + j - 1] as number) + merge + 1, MERGE + k);
          }
        }
      }
      score[i * width + j] = best;
      step[i * width + j] = move;
    }
  }
  const events: StretchEvent[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const move = step[i * width + j] as number;
    if (move === SKIP_OLD) events.push({ type: 'old', index: --i });
    else if (move === SKIP_NEW) events.push({ type: 'new', index: --j });
    else if (move === PAIR) events.push({ type: 'pair', old: [--i], new: [--j] });
    else if (move > MERGE) {
      const k = move - MERGE;
      events.push({ type: 'pair', old: range(i - k, i), new: [--j] });
      i -= k;
    } else {
      const k = move - SPLIT;
      events.push({ type: 'pair', old: [--i], new: range(j - k, j) });
      j -= k;
    }
  }
  if (similarity.exhausted()) return unpaired(n, m);
  events.reverse();
  return { events: pairLoneGaps(events, olds, news, options.free), bounded: false };
}

/**
 * Pair the lone old and lone new block left between two pairs (or a pair and the stretch's edge):
 * of the same shape they are most likely the same block rewritten ("## Payment" → "## Billing",
 * "Yes." → "No."), if they are headings, short, or loosely similar. Blocks taken by moves (not
 * `free`) stay alone.
 */
function pairLoneGaps(
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
      const loose = dice(commonWords(sortedBag(a), sortedBag(b)), a.bagSize, b.bagSize) >= 0.3;
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

function unpaired(n: number, m: number): { events: StretchEvent[]; bounded: boolean } {
  const events: StretchEvent[] = [];
  for (let i = 0; i < n; i++) events.push({ type: 'old', index: i });
  for (let j = 0; j < m; j++) events.push({ type: 'new', index: j });
  return { events, bounded: true };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}
