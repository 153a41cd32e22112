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
