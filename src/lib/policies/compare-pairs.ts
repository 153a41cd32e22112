/** Two revisions to compare, the older first. */
export interface ComparePair<T> {
  /** The older revision. */
  from: T;
  /** The newer revision. */
  to: T;
}

/** List every pair of revisions, older first, given revisions sorted oldest first: n·(n−1)/2 pairs. */
export function comparePairs<T>(revisions: readonly T[]): ComparePair<T>[] {
  return revisions.flatMap((from, i) => revisions.slice(i + 1).map((to) => ({ from, to })));
}

/** Return the revisions a reader passes going from `from` to `to`: every one after `from`, up to and including `to`. */
export function revisionsBetween<T extends { effective: string }>(revisions: readonly T[], from: string, to: string): T[] {
  return revisions.filter((r) => r.effective > from && r.effective <= to);
}
