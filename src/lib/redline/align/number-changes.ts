import type { RedlineDocument } from '../redline-document.ts';
import type { RedlineUnit } from '../redline.ts';

/**
 * Number the changes in reading order (anchor `change-N`) and link each move's two places through
 * `partner`. Runs of whole inserted/deleted blocks share one change until a heading starts a new
 * section; runs of moved blocks that stay together (a moved section) share one change per place.
 */
export function numberChanges(
  units: RedlineUnit[],
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
  moves: ReadonlyMap<number, number>,
): number {
  const movedFrom = new Map<number, number>(); // new block → old block
  for (const [from, to] of moves) movedFrom.set(to, from);
  let change = 0;
  let previous: RedlineUnit | null = null;
  for (const unit of units) {
    if (unit.type !== 'equal') {
      unit.change = previous && continues(previous, unit, oldDoc, newDoc, moves, movedFrom) ? change : ++change;
    }
    previous = unit;
  }
  // Second pass: each move's place learns the other's change number.
  const changeOfOld = new Map<number, number>();
  const changeOfNew = new Map<number, number>();
  for (const unit of units) {
    if (unit.type === 'moved-from') changeOfOld.set(unit.old[0] ?? -1, unit.change);
    if (unit.type === 'moved-to') changeOfNew.set(unit.new[0] ?? -1, unit.change);
  }
  for (const unit of units) {
    if (unit.type === 'moved-from') unit.partner = changeOfNew.get(moves.get(unit.old[0] ?? -1) ?? -1) ?? 0;
    if (unit.type === 'moved-to') unit.partner = changeOfOld.get(movedFrom.get(unit.new[0] ?? -1) ?? -1) ?? 0;
  }
  return change;
}

function continues(
  previous: RedlineUnit,
  unit: RedlineUnit,
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
  moves: ReadonlyMap<number, number>,
  movedFrom: ReadonlyMap<number, number>,
): boolean {
  const whole = (u: RedlineUnit): boolean => u.type === 'inserted' || u.type === 'deleted';
  if (whole(previous) && whole(unit)) {
    const block = unit.type === 'inserted' ? newDoc.blocks[unit.new[0] ?? -1] : oldDoc.blocks[unit.old[0] ?? -1];
    return block?.kind !== 'heading';
  }
  if (previous.type === 'moved-from' && unit.type === 'moved-from') {
    return moves.get(previous.old[0] ?? -1) === (moves.get(unit.old[0] ?? -1) ?? -2) - 1;
  }
  if (previous.type === 'moved-to' && unit.type === 'moved-to') {
    return movedFrom.get(previous.new[0] ?? -1) === (movedFrom.get(unit.new[0] ?? -1) ?? -2) - 1;
  }
  return false;
}
