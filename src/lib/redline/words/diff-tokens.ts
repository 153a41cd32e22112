import { diffArrays } from 'diff';
import type { Token } from '../redline-document.ts';
import type { TokenOp } from '../redline.ts';
import { cleanupMerge } from './cleanup-merge.ts';
import { cleanupSemantic } from './cleanup-semantic.ts';

/**
 * Diff two token sequences word by word and clean the result up into phrases; return null when the
 * edit distance exceeds `maxEdits` (jsdiff's `maxEditLength`, which keeps the work bounded and,
 * unlike a timeout, the result deterministic). Both sides rebuild exactly from the ops: deleted and
 * inserted tokens are the old and new tokens themselves, never re-joined text.
 */
export function diffTokens(oldTokens: readonly Token[], newTokens: readonly Token[], maxEdits: number): TokenOp[] | null {
  // Common head and tail first: a typical edit touches a few words of a long paragraph.
  const min = Math.min(oldTokens.length, newTokens.length);
  let head = 0;
  while (head < min && oldTokens[head]?.key === newTokens[head]?.key) head++;
  let tail = 0;
  while (tail < min - head && oldTokens[oldTokens.length - 1 - tail]?.key === newTokens[newTokens.length - 1 - tail]?.key) tail++;
  const oldMiddle = oldTokens.slice(head, oldTokens.length - tail);
  const newMiddle = newTokens.slice(head, newTokens.length - tail);
  const ops: TokenOp[] = [];
  if (head > 0) ops.push({ op: 'equal', tokens: newTokens.slice(0, head) });
  if (oldMiddle.length === 0 || newMiddle.length === 0) {
    if (oldMiddle.length > 0) ops.push({ op: 'delete', tokens: oldMiddle });
    if (newMiddle.length > 0) ops.push({ op: 'insert', tokens: newMiddle });
  } else {
    const changes = diffArrays(
      oldMiddle.map((token) => token.key),
      newMiddle.map((token) => token.key),
      { maxEditLength: maxEdits },
    );
    if (!changes) return null;
    let i = 0;
    let j = 0;
    for (const change of changes) {
      if (change.removed) {
        ops.push({ op: 'delete', tokens: oldMiddle.slice(i, (i += change.count)) });
      } else if (change.added) {
        ops.push({ op: 'insert', tokens: newMiddle.slice(j, (j += change.count)) });
      } else {
        ops.push({ op: 'equal', tokens: newMiddle.slice(j, (j += change.count)) });
        i += change.count;
      }
    }
  }
  if (tail > 0) ops.push({ op: 'equal', tokens: newTokens.slice(newTokens.length - tail) });
  // diff-match-patch normalizes every raw diff (diff_main ends with diff_cleanupMerge) before the semantic pass.
  cleanupMerge(ops);
  return cleanupSemantic(ops);
}
