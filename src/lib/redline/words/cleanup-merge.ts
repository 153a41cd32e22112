import type { Token } from '../redline-document.ts';
import type { TokenOp } from '../redline.ts';
import { commonPrefix, commonSuffix } from './token-seq.ts';

/**
 * Merge adjacent runs of one kind, factor tokens common to a deletion and the insertion next to it
 * out into equalities, and slide single edits over a neighbouring equality when that removes it.
 * This is Neil Fraser's `diff_cleanupMerge` (diff-match-patch) on token arrays; equal tokens are
 * taken from the new side.
 */
export function cleanupMerge(ops: TokenOp[]): void {
  // The reference recurses after each shifting pass; a loop does the same without growing the stack.
  mergeRuns(ops);
  while (shiftSingleEdits(ops)) mergeRuns(ops);
}

function mergeRuns(ops: TokenOp[]): void {
  ops.push({ op: 'equal', tokens: [] }); // Sentinel: flushes the last run of edits.
  let pointer = 0;
  let countDelete = 0;
  let countInsert = 0;
  let deleted: Token[] = [];
  let inserted: Token[] = [];
  while (pointer < ops.length) {
    const current = ops[pointer] as TokenOp;
    if (current.op === 'insert') {
      countInsert++;
      inserted = inserted.concat(current.tokens);
      pointer++;
      continue;
    }
    if (current.op === 'delete') {
      countDelete++;
      deleted = deleted.concat(current.tokens);
      pointer++;
      continue;
    }
    if (countDelete + countInsert > 1) {
      if (countDelete !== 0 && countInsert !== 0) {
        const prefix = commonPrefix(inserted, deleted);
        if (prefix !== 0) {
          const before = ops[pointer - countDelete - countInsert - 1];
          if (before?.op === 'equal') before.tokens = before.tokens.concat(inserted.slice(0, prefix));
          else {
            ops.unshift({ op: 'equal', tokens: inserted.slice(0, prefix) });
            pointer++;
          }
          inserted = inserted.slice(prefix);
          deleted = deleted.slice(prefix);
        }
        const suffix = commonSuffix(inserted, deleted);
        if (suffix !== 0) {
          current.tokens = inserted.slice(inserted.length - suffix).concat(current.tokens);
          inserted = inserted.slice(0, inserted.length - suffix);
          deleted = deleted.slice(0, deleted.length - suffix);
        }
      }
      pointer -= countDelete + countInsert;
      ops.splice(pointer, countDelete + countInsert);
      if (deleted.length > 0) ops.splice(pointer++, 0, { op: 'delete', tokens: deleted });
      if (inserted.length > 0) ops.splice(pointer++, 0, { op: 'insert', tokens: inserted });
      pointer++;
    } else if (pointer !== 0 && ops[pointer - 1]?.op === 'equal') {
      const previous = ops[pointer - 1] as TokenOp;
      previous.tokens = previous.tokens.concat(current.tokens);
      ops.splice(pointer, 1);
    } else {
      pointer++;
    }
    countInsert = 0;
    countDelete = 0;
    deleted = [];
    inserted = [];
  }
  if (ops.at(-1)?.tokens.length === 0) ops.pop();
}

// Second pass of diff_cleanupMerge: A<ins>BA</ins>C → <ins>AB</ins>AC.
function shiftSingleEdits(ops: TokenOp[]): boolean {
  let changed = false;
  for (let pointer = 1; pointer < ops.length - 1; pointer++) {
    const before = ops[pointer - 1] as TokenOp;
    const edit = ops[pointer] as TokenOp;
    const after = ops[pointer + 1] as TokenOp;
    if (before.op !== 'equal' || after.op !== 'equal') continue;
    const tail = edit.tokens.length - before.tokens.length;
    if (tail >= 0 && commonSuffix(edit.tokens, before.tokens) === before.tokens.length) {
      edit.tokens = before.tokens.concat(edit.tokens.slice(0, tail));
      after.tokens = before.tokens.concat(after.tokens);
      ops.splice(pointer - 1, 1);
      changed = true;
    } else if (edit.tokens.length >= after.tokens.length && commonPrefix(edit.tokens, after.tokens) === after.tokens.length) {
      before.tokens = before.tokens.concat(after.tokens);
      edit.tokens = edit.tokens.slice(after.tokens.length).concat(after.tokens);
      ops.splice(pointer + 1, 1);
      changed = true;
    }
  }
  return changed;
}
