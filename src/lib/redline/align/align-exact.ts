import { diffArrays } from 'diff';

/** A run of the exact alignment: `count` identical blocks, or an unmatched stretch of old and new blocks. */
export interface AlignedRun {
  /** Whether the blocks in the run are identical (`oldStart + i` equals `newStart + i`). */
  equal: boolean;
  /** First old block of the run. */
  oldStart: number;
  /** One past the last old block. */
  oldEnd: number;
  /** First new block of the run. */
  newStart: number;
  /** One past the last new block. */
  newEnd: number;
}

/**
 * Match identical blocks (by key) with a longest-common-subsequence diff, bounded by `maxEdits`; the
 * runs between matches are the unmatched stretches. On hitting the bound, everything between the
 * common prefix and suffix becomes one stretch and `bounded` is set.
 */
export function alignExact(
  oldKeys: readonly string[],
  newKeys: readonly string[],
  maxEdits: number,
): { runs: AlignedRun[]; bounded: boolean } {
  // Common prefix and suffix first: most revisions change a few blocks of many.
  let head = 0;
  const min = Math.min(oldKeys.length, newKeys.length);
  while (head < min && oldKeys[head] === newKeys[head]) head++;
  let tail = 0;
  while (tail < min - head && oldKeys[oldKeys.length - 1 - tail] === newKeys[newKeys.length - 1 - tail]) tail++;
  const oldEnd = oldKeys.length - tail;
  const newEnd = newKeys.length - tail;
  const runs: AlignedRun[] = [];
  const push = (equal: boolean, o0: number, o1: number, n0: number, n1: number): void => {
    if (o1 > o0 || n1 > n0) runs.push({ equal, oldStart: o0, oldEnd: o1, newStart: n0, newEnd: n1 });
  };
  push(true, 0, head, 0, head);
  // Keys become small numbers, and blocks whose key the other side lacks are set aside before the
  // diff: they can be in no common subsequence, so the longest one is the same, and between two
  // distant revisions (most blocks rewritten) the diff then has a fraction of the work.
  const ids = new Map<string, number>();
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const oldIds = oldKeys.slice(head, oldEnd).map(intern);
  const newIds = newKeys.slice(head, newEnd).map(intern);
  const inOld = new Set(oldIds);
  const inNew = new Set(newIds);
  const oldKept = oldIds.flatMap((id, k) => (inNew.has(id) ? [head + k] : []));
  const newKept = newIds.flatMap((id, k) => (inOld.has(id) ? [head + k] : []));
  let bounded = false;
  // Matched (old, new) block pairs, in order.
  const matches: [number, number][] = [];
  if (oldKept.length > 0 && newKept.length > 0) {
    const idAt = (index: number, keys: readonly string[]): number => ids.get(keys[index] as string) as number;
    const changes = diffArrays(
      oldKept.map((i) => idAt(i, oldKeys)),
      newKept.map((i) => idAt(i, newKeys)),
      { maxEditLength: maxEdits },
    );
    if (changes === undefined) bounded = true;
    let i = 0;
    let j = 0;
    for (const change of changes ?? []) {
      if (change.removed) i += change.count;
      else if (change.added) j += change.count;
      else for (let k = 0; k < change.count; k++) matches.push([oldKept[i++] as number, newKept[j++] as number]);
    }
  }
  // Runs: consecutive matches in both revisions make one equal run; what lies between is a stretch.
  let o = head;
  let n = head;
  for (let m = 0; m < matches.length;) {
    const [o0, n0] = matches[m] as [number, number];
    let count = 1;
    while (m + count < matches.length && matches[m + count]?.[0] === o0 + count && matches[m + count]?.[1] === n0 + count) count++;
    push(false, o, o0, n, n0);
    push(true, o0, o0 + count, n0, n0 + count);
    o = o0 + count;
    n = n0 + count;
    m += count;
  }
  push(false, o, oldEnd, n, newEnd);
  push(true, oldEnd, oldKeys.length, newEnd, newKeys.length);
  return { runs, bounded };
}
