import type { TokenOp } from '../redline.ts';
import { cleanupLossless } from './cleanup-lossless.ts';
import { cleanupMerge } from './cleanup-merge.ts';
import { commonOverlap, textLength } from './token-seq.ts';

/**
 * Make a token diff read as phrases: an equality no longer than the edits on both sides of it is
 * folded into them ("<del>old phrase</del> the <del>…" keeps no lone "the"), edits are slid to word
 * and sentence boundaries, and a deletion and insertion that overlap get the overlap as an equality.
 * This is `diff_cleanupSemantic` from Neil Fraser's diff-match-patch ("Diff Strategies", 2006,
 * https://neil.fraser.name/writing/diff/, section 3.2.3) run on token arrays, measuring in characters.
 */
export function cleanupSemantic(ops: TokenOp[]): TokenOp[] {
  let changed = false;
  // Stack of indices of equalities. The JavaScript reference pops twice without checking for an
  // empty stack, letting its length go negative; a Map keyed by position reproduces that exactly.
  const equalities = new Map<number, number>();
  let depth = 0;
  let lastEquality: TokenOp | null = null;
  let insertedBefore = 0;
  let deletedBefore = 0;
  let insertedAfter = 0;
  let deletedAfter = 0;
  for (let pointer = 0; pointer < ops.length; pointer++) {
    const current = ops[pointer] as TokenOp;
    if (current.op === 'equal') {
      equalities.set(depth++, pointer);
      insertedBefore = insertedAfter;
      deletedBefore = deletedAfter;
      insertedAfter = 0;
      deletedAfter = 0;
      lastEquality = current;
      continue;
    }
    if (current.op === 'insert') insertedAfter += textLength(current.tokens);
    else deletedAfter += textLength(current.tokens);
    // As in the original, an empty equality (here: one of zero weight) is never eliminated.
    const length = lastEquality ? textLength(lastEquality.tokens) || Infinity : Infinity;
    if (length <= Math.max(insertedBefore, deletedBefore) && length <= Math.max(insertedAfter, deletedAfter)) {
      // Replace the equality by a deletion and an insertion of the same tokens, then re-scan from
      // the equality before it, which needs re-evaluating.
      const at = equalities.get(depth - 1) as number;
      const equality = ops[at] as TokenOp;
      ops.splice(at, 1, { op: 'delete', tokens: equality.tokens }, { op: 'insert', tokens: equality.tokens });
      depth -= 2;
      pointer = depth > 0 ? (equalities.get(depth - 1) as number) : -1;
      insertedBefore = deletedBefore = insertedAfter = deletedAfter = 0;
      lastEquality = null;
      changed = true;
    }
  }
  if (changed) cleanupMerge(ops);
  cleanupLossless(ops);
  extractOverlaps(ops);
  return ops.filter((op) => op.tokens.length > 0);
}

// <del>abcxxx</del><ins>xxxdef</ins> → <del>abc</del>xxx<ins>def</ins>, when the overlap is at least
// half of either edit; the reverse overlap turns the pair around.
function extractOverlaps(ops: TokenOp[]): void {
  for (let pointer = 1; pointer < ops.length; pointer++) {
    const deletion = ops[pointer - 1] as TokenOp;
    const insertion = ops[pointer] as TokenOp;
    if (deletion.op !== 'delete' || insertion.op !== 'insert') continue;
    const deleted = deletion.tokens;
    const inserted = insertion.tokens;
    const forward = commonOverlap(deleted, inserted);
    const reverse = commonOverlap(inserted, deleted);
    const halfDeleted = textLength(deleted) / 2;
    const halfInserted = textLength(inserted) / 2;
    if (forward >= reverse) {
      const overlap = textLength(inserted.slice(0, forward));
      if (forward > 0 && (overlap >= halfDeleted || overlap >= halfInserted)) {
        ops.splice(pointer, 0, { op: 'equal', tokens: inserted.slice(0, forward) });
        deletion.tokens = deleted.slice(0, deleted.length - forward);
        insertion.tokens = inserted.slice(forward);
        pointer++;
      }
    } else {
      const overlap = textLength(deleted.slice(0, reverse));
      if (overlap >= halfDeleted || overlap >= halfInserted) {
        ops.splice(pointer, 0, { op: 'equal', tokens: inserted.slice(inserted.length - reverse) });
        ops[pointer - 1] = { op: 'insert', tokens: inserted.slice(0, inserted.length - reverse) };
        ops[pointer + 1] = { op: 'delete', tokens: deleted.slice(reverse) };
        pointer++;
      }
    }
    pointer++;
  }
}
