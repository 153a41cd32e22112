import type { Token } from '../redline-document.ts';
import type { TokenOp } from '../redline.ts';
import { commonSuffix } from './token-seq.ts';

/**
 * Slide each single edit that sits between two equalities to where its edges fall on the best
 * boundaries (blank lines, line breaks, sentence ends, spaces), e.g. `a<ins> foo</ins> b` →
 * `a <ins>foo </ins>b`. This is Neil Fraser's `diff_cleanupSemanticLossless` (diff-match-patch,
 * JavaScript reference) stepping by tokens instead of characters; the text of either side does not
 * change.
 */
export function cleanupLossless(ops: TokenOp[]): void {
  let pointer = 1;
  while (pointer < ops.length - 1) {
    const before = ops[pointer - 1] as TokenOp;
    const after = ops[pointer + 1] as TokenOp;
    if (before.op === 'equal' && after.op === 'equal') {
      let equality1 = before.tokens;
      let edit = (ops[pointer] as TokenOp).tokens;
      let equality2 = after.tokens;
      // First shift the edit as far left as possible.
      const offset = commonSuffix(equality1, edit);
      if (offset > 0) {
        const common = edit.slice(edit.length - offset);
        equality1 = equality1.slice(0, equality1.length - offset);
        edit = common.concat(edit.slice(0, edit.length - offset));
        equality2 = common.concat(equality2);
      }
      // Then step right one token at a time, keeping the best position (ties go right).
      let best = { equality1, edit, equality2 };
      let bestScore = score(equality1, edit) + score(edit, equality2);
      while (edit.length > 0 && equality2.length > 0 && edit[0]?.key === equality2[0]?.key) {
        equality1 = equality1.concat(edit.slice(0, 1));
        edit = edit.slice(1).concat(equality2.slice(0, 1));
        equality2 = equality2.slice(1);
        const candidate = score(equality1, edit) + score(edit, equality2);
        if (candidate >= bestScore) {
          bestScore = candidate;
          best = { equality1, edit, equality2 };
        }
      }
      if (best.equality1.length !== before.tokens.length) {
        // As in the reference: an emptied equality is removed and the pointer steps back.
        if (best.equality1.length > 0) before.tokens = best.equality1;
        else {
          ops.splice(pointer - 1, 1);
          pointer--;
        }
        (ops[pointer] as TokenOp).tokens = best.edit;
        if (best.equality2.length > 0) after.tokens = best.equality2;
        else {
          ops.splice(pointer + 1, 1);
          pointer--;
        }
      }
    }
    pointer++;
  }
}

// diff_cleanupSemanticScore_: how good the boundary between `one` and `two` is, 6 (an edge) to 0
// (inside a word), judged on the characters around it. Block and cell boundaries count as blank lines.
function score(one: readonly Token[], two: readonly Token[]): number {
  if (one.length === 0 || two.length === 0) return 6;
  const left = textOf(one.slice(-3));
  const right = textOf(two.slice(0, 3));
  if (left === '' || right === '') return 6;
  const char1 = left.charAt(left.length - 1);
  const char2 = right.charAt(0);
  const nonAlphaNumeric1 = !/[\p{L}\p{N}]/u.test(char1);
  const nonAlphaNumeric2 = !/[\p{L}\p{N}]/u.test(char2);
  const whitespace1 = nonAlphaNumeric1 && /\s/.test(char1);
  const whitespace2 = nonAlphaNumeric2 && /\s/.test(char2);
  const lineBreak1 = whitespace1 && /[\r\n]/.test(char1);
  const lineBreak2 = whitespace2 && /[\r\n]/.test(char2);
  const blankLine1 = lineBreak1 && /\n\r?\n$/.test(left);
  const blankLine2 = lineBreak2 && /^\r?\n\r?\n/.test(right);
  if (blankLine1 || blankLine2) return 5;
  if (lineBreak1 || lineBreak2) return 4;
  if (nonAlphaNumeric1 && !whitespace1 && whitespace2) return 3; // The end of a sentence.
  if (whitespace1 || whitespace2) return 2;
  if (nonAlphaNumeric1 || nonAlphaNumeric2) return 1;
  return 0;
}

function textOf(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.kind === 'block' || token.kind === 'cell' ? '\n\n' : token.text)).join('');
}
