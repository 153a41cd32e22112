import type { CompareMode } from './schema.ts';

/** Two revisions to compare, the older first. */
export interface ComparePair<T> {
  /** The older revision. */
  from: T;
  /** The newer revision. */
  to: T;
}

/**
 * List the pairs of revisions that get a compare page, older first, given revisions sorted oldest
 * first. `all`: every pair, n·(n−1)/2. `adjacent`: each revision against the one before it and
 * against `anchor` (the revision in force), 2n−3 at most — what a reader of a long history needs
 * most, at a cost that grows linearly.
 */
export function comparePairs<T>(revisions: readonly T[], mode: CompareMode = 'all', anchor?: T): ComparePair<T>[] {
  const a = anchor === undefined ? -1 : revisions.indexOf(anchor);
  const pairs: ComparePair<T>[] = [];
  revisions.forEach((from, i) => {
    revisions.forEach((to, j) => {
      if (j > i && (mode === 'all' || j === i + 1 || i === a || j === a)) pairs.push({ from, to });
    });
  });
  return pairs;
}

/** Return the key of a pair of dates as compare URLs spell it: `from...to`. */
export function pairKey(from: string, to: string): string {
  return `${from}...${to}`;
}

/** Return the revisions a reader passes going from `from` to `to`: every one after `from`, up to and including `to`. */
export function revisionsBetween<T extends { effective: string }>(revisions: readonly T[], from: string, to: string): T[] {
  return revisions.filter((r) => r.effective > from && r.effective <= to);
}
