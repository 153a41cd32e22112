import { diffArrays } from 'diff';
import { pushAll } from '../push-all.ts';
import type { Block, Token } from '../redline-document.ts';
import type { TokenOp } from '../redline.ts';
import { diffTokens } from './diff-tokens.ts';

interface Cell {
  /** The `cell` token that starts the cell. */
  start: Token;
  tokens: Token[];
  key: string;
}

/**
 * Diff two table rows cell by cell, so no change ever spills from one cell into another. Rows with as
 * many cells pair cells by position; otherwise identical cells are matched first and the rest pair
 * by position, extra cells showing as whole inserted or deleted cells. Every cell in the result
 * starts with its `cell` token, whose op says whether the cell is kept, inserted or deleted.
 */
export function diffTableRow(oldRow: Block, newRow: Block, maxEdits: number): { ops: TokenOp[]; bounded: boolean } {
  const oldCells = cellsOf(oldRow.tokens);
  const newCells = cellsOf(newRow.tokens);
  const ops: TokenOp[] = [];
  let bounded = false;
  const pairCells = (a: Cell | undefined, b: Cell | undefined): void => {
    if (a && b) {
      ops.push({ op: 'equal', tokens: [b.start] });
      const cellOps = diffTokens(a.tokens, b.tokens, maxEdits);
      if (!cellOps) bounded = true;
      pushAll(
        ops,
        cellOps ?? [
          { op: 'delete', tokens: a.tokens },
          { op: 'insert', tokens: b.tokens },
        ],
      );
    } else if (a) {
      ops.push({ op: 'delete', tokens: [a.start].concat(a.tokens) });
    } else if (b) {
      ops.push({ op: 'insert', tokens: [b.start].concat(b.tokens) });
    }
  };
  if (oldCells.length === newCells.length) {
    oldCells.forEach((cell, index) => pairCells(cell, newCells[index]));
  } else {
    let i = 0;
    let j = 0;
    let pendingOld: Cell[] = [];
    let pendingNew: Cell[] = [];
    const flush = (): void => {
      for (let k = 0; k < Math.max(pendingOld.length, pendingNew.length); k++) pairCells(pendingOld[k], pendingNew[k]);
      pendingOld = [];
      pendingNew = [];
    };
    for (const change of diffArrays(
      oldCells.map((cell) => cell.key),
      newCells.map((cell) => cell.key),
    )) {
      if (change.removed) pushAll(pendingOld, oldCells.slice(i, (i += change.count)));
      else if (change.added) pushAll(pendingNew, newCells.slice(j, (j += change.count)));
      else {
        flush();
        for (let k = 0; k < change.count; k++) pairCells(oldCells[i + k], newCells[j + k]);
        i += change.count;
        j += change.count;
      }
    }
    flush();
  }
  return { ops: ops.filter((op) => op.tokens.length > 0), bounded };
}

function cellsOf(tokens: readonly Token[]): Cell[] {
  const cells: Cell[] = [];
  for (const token of tokens) {
    if (token.kind === 'cell') cells.push({ start: token, tokens: [], key: '' });
    else cells.at(-1)?.tokens.push(token);
  }
  for (const cell of cells) cell.key = cell.tokens.map((token) => token.key).join('\u0004');
  return cells;
}
