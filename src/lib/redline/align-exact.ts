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
  let bounded = false;
  const middleOld = oldKeys.slice(head, oldEnd);
  const middleNew = newKeys.slice(head, newEnd);
  const changes = middleOld.length > 0 && middleNew.length > 0 ? diffArrays(middleOld, middleNew, { maxEditLength: maxEdits }) : null;
  if (changes === undefined) bounded = true;
  if (!changes) {
    push(false, head, oldEnd, head, newEnd);
  } else {
    let i = head;
    let j = head;
    let stretchOld = i;
    let stretchNew = j;
    for (const change of changes) {
      if (change.removed) i += change.count;
      else if (change.added) j += change.count;
      else {
        push(false, stretchOld, i, stretchNew, j);
        push(true, i, i + change.count, j, j + change.count);
        i += change.count;
        j += change.count;
        stretchOld = i;
        stretchNew = j;
      }
    }
    push(false, stretchOld, i, stretchNew, j);
  }
  push(true, oldEnd, oldKeys.length, newEnd, newKeys.length);
  return { runs, bounded };
}
