import { wordBag } from '../parse/index.ts';
import type { Block } from '../redline-document.ts';

/** Scores how well blocks of one unmatched stretch pair up, caching the word counts they share. */
export interface BlockSimilarity {
  /** Words shared by old block `i` and new block `j` when they may pair (same shape, Dice ≥ threshold), else -1. */
  pair(i: number, j: number): number;
  /** Words shared by one block and a run of blocks on the other side when the run reads as a split or merge of it, else -1. */
  group(single: number, first: number, count: number, singleIsOld: boolean): number;
  /** Whether scoring stopped because the word budget ran out; every score is then -1. */
  exhausted(): boolean;
}

/** Words that may still be compared while pairing blocks, shared by every stretch of one comparison (DiffOptions.maxPairWords). */
export interface WordBudget {
  /** Words left; below 0 means spent. */
  left: number;
}

/**
 * Score stretch blocks by the Dice coefficient of their word bags (2·shared / (|a| + |b|)), with a
 * length bound that skips pairs whose sizes alone rule them out. A run of k blocks reads as a split
 * or merge of one block when each of them is mostly (≥ threshold) made of its words and the run as a
 * whole is similar to it. The work is bounded in words, not pairs (a pair of long blocks costs
 * their length): once `budget` is spent, scoring stops and says so.
 */
export function blockSimilarity(
  olds: readonly Block[],
  news: readonly Block[],
  free: { old: boolean[]; new: boolean[] },
  threshold: number,
  budget: WordBudget = { left: Infinity },
): BlockSimilarity {
  const m = news.length;
  const raw = new Int32Array(olds.length * m).fill(-1);
  const spend = (words: number): void => {
    budget.left -= words;
  };
  const shared = (i: number, j: number): number => {
    const at = i * m + j;
    let value = raw[at] as number;
    if (value < 0) {
      const a = sortedBag(olds[i] as Block);
      const b = sortedBag(news[j] as Block);
      spend(a.length + b.length);
      raw[at] = value = commonWords(a, b);
    }
    return value;
  };
  const pairable = (i: number, j: number): boolean => free.old[i] === true && free.new[j] === true && olds[i]?.shape === news[j]?.shape;
  // The merged bags of runs of consecutive blocks, built once each by a sorted merge (not re-sorted per call).
  const runs = new Map<string, string[]>();
  const runBag = (blocks: readonly Block[], side: string, first: number, count: number): string[] => {
    const key = `${side}${first}:${count}`;
    let bag = runs.get(key);
    if (!bag) {
      const last = sortedBag(blocks[first + count - 1] as Block);
      const before = count > 1 ? runBag(blocks, side, first, count - 1) : [];
      spend(before.length + last.length);
      bag = mergeSorted(before, last);
      runs.set(key, bag);
    }
    return bag;
  };

  return {
    pair(i, j) {
      if (budget.left < 0 || !pairable(i, j)) return -1;
      const a = (olds[i] as Block).bagSize;
      const b = (news[j] as Block).bagSize;
      if (a + b > 0 && (2 * Math.min(a, b)) / (a + b) < threshold) return -1;
      const common = shared(i, j);
      return dice(common, a, b) >= threshold ? common : -1;
    },
    group(single, first, count, singleIsOld) {
      const one = singleIsOld ? olds[single] : news[single];
      if (budget.left < 0 || one?.kind !== 'paragraph' || one.bagSize === 0) return -1;
      let size = 0;
      for (let k = first; k < first + count; k++) {
        const [i, j] = singleIsOld ? [single, k] : [k, single];
        const part = singleIsOld ? news[k] : olds[k];
        if (!part || !pairable(i, j) || part.bagSize === 0) return -1;
        if (threshold * part.bagSize > one.bagSize || shared(i, j) < threshold * part.bagSize) return -1;
        size += part.bagSize;
      }
      if ((2 * Math.min(one.bagSize, size)) / (one.bagSize + size) < threshold) return -1;
      const parts = runBag(singleIsOld ? news : olds, singleIsOld ? 'n' : 'o', first, count);
      spend(one.bagSize + parts.length);
      const common = commonWords(sortedBag(one), parts);
      return dice(common, one.bagSize, parts.length) >= threshold ? common : -1;
    },
    exhausted: () => budget.left < 0,
  };
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push((a[i] as string) <= (b[j] as string) ? (a[i++] as string) : (b[j++] as string));
  while (i < a.length) out.push(a[i++] as string);
  while (j < b.length) out.push(b[j++] as string);
  return out;
}

// Bags made and sorted on first use: only blocks left unmatched by their keys are ever scored, so
// bagging and sorting every block's words while parsing was a quarter of the parse for nothing.
const sortedBags = new WeakMap<Block, readonly string[]>();

/** A block's word bag, sorted (for commonWords and mergeSorted); computed once per block. */
export function sortedBag(block: Block): readonly string[] {
  let sorted = sortedBags.get(block);
  if (!sorted) {
    sorted = wordBag(block).sort();
    sortedBags.set(block, sorted);
  }
  return sorted;
}

/** Count the words two sorted word bags share, as multisets (a sorted merge, linear in their sizes). */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return common;
}

/** Compute the Dice coefficient of two bags from their shared word count: 1 for identical bags, 0 for disjoint ones. */
export function dice(common: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 1 : (2 * common) / (sizeA + sizeB);
}
