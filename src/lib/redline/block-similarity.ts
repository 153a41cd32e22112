import { commonWords, dice } from './common-words.ts';
import type { Block } from './redline-document.ts';

/** Scores how well blocks of one unmatched stretch pair up, caching the word counts they share. */
export interface BlockSimilarity {
  /** Words shared by old block `i` and new block `j` when they may pair (same shape, Dice ≥ threshold), else -1. */
  pair(i: number, j: number): number;
  /** Words shared by one block and a run of blocks on the other side when the run reads as a split or merge of it, else -1. */
  group(single: number, first: number, count: number, singleIsOld: boolean): number;
}

/**
 * Score stretch blocks by the Dice coefficient of their word bags (2·shared / (|a| + |b|)), with a
 * length bound that skips pairs whose sizes alone rule them out. A run of k blocks reads as a split
 * or merge of one block when each of them is mostly (≥ threshold) made of its words and the run as a
 * whole is similar to it.
 */
export function blockSimilarity(
  olds: readonly Block[],
  news: readonly Block[],
  free: { old: boolean[]; new: boolean[] },
  threshold: number,
): BlockSimilarity {
  const m = news.length;
  const raw = new Int32Array(olds.length * m).fill(-1);
  const shared = (i: number, j: number): number => {
    const at = i * m + j;
    let value = raw[at] as number;
    if (value < 0) raw[at] = value = commonWords((olds[i] as Block).bag, (news[j] as Block).bag);
    return value;
  };
  const pairable = (i: number, j: number): boolean => free.old[i] === true && free.new[j] === true && olds[i]?.shape === news[j]?.shape;

  return {
    pair(i, j) {
      if (!pairable(i, j)) return -1;
      const a = (olds[i] as Block).bag.length;
      const b = (news[j] as Block).bag.length;
      if (a + b > 0 && (2 * Math.min(a, b)) / (a + b) < threshold) return -1;
      const common = shared(i, j);
      return dice(common, a, b) >= threshold ? common : -1;
    },
    group(single, first, count, singleIsOld) {
      const one = singleIsOld ? olds[single] : news[single];
      if (one?.kind !== 'paragraph' || one.bag.length === 0) return -1;
      const parts: string[] = [];
      for (let k = first; k < first + count; k++) {
        const [i, j] = singleIsOld ? [single, k] : [k, single];
        const part = singleIsOld ? news[k] : olds[k];
        if (!part || !pairable(i, j) || part.bag.length === 0) return -1;
        if (threshold * part.bag.length > one.bag.length || shared(i, j) < threshold * part.bag.length) return -1;
        parts.push(...part.bag);
      }
      const common = commonWords(one.bag, parts.sort());
      return dice(common, one.bag.length, parts.length) >= threshold ? common : -1;
    },
  };
}
