import type { Token } from '../redline-document.ts';

// Helpers over token sequences, comparing by key: the token-array versions of the string helpers in
// Neil Fraser's diff-match-patch (diff_commonPrefix, diff_commonSuffix, diff_commonOverlap_).

/**
 * Measure a token sequence in characters, the unit diff-match-patch's semantic cleanup weighs edits
 * in; an image, checkbox or line break weighs at least one, a block or cell boundary nothing.
 */
export function textLength(tokens: readonly Token[]): number {
  let length = 0;
  for (const token of tokens) {
    if (token.kind === 'block' || token.kind === 'cell') continue;
    length +=
      token.kind === 'image' || token.kind === 'check' || token.kind === 'break' ? Math.max(1, token.text.length) : token.text.length;
  }
  return length;
}

/** Count the leading tokens two sequences share. */
export function commonPrefix(a: readonly Token[], b: readonly Token[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i]?.key === b[i]?.key) i++;
  return i;
}

/** Count the trailing tokens two sequences share. */
export function commonSuffix(a: readonly Token[], b: readonly Token[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[a.length - 1 - i]?.key === b[b.length - 1 - i]?.key) i++;
  return i;
}

/** Count the tokens by which the end of `a` overlaps the start of `b` (capped: long edits are not worth the quadratic scan). */
export function commonOverlap(a: readonly Token[], b: readonly Token[], cap = 200): number {
  const n = Math.min(a.length, b.length, cap);
  for (let length = n; length > 0; length--) {
    let same = true;
    for (let i = 0; i < length && same; i++) same = a[a.length - length + i]?.key === b[i]?.key;
    if (same) return length;
  }
  return 0;
}
