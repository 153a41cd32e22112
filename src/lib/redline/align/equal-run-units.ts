import type { Block } from '../redline-document.ts';
import type { RedlineUnit } from '../redline.ts';
import { restyleNote } from './restyle-note.ts';

/**
 * Turn a run of identical blocks (old `oldStart…`, new `newStart…`, `count` of each) into units: one
 * `equal` unit, split around any block whose ordered-list number changed (`1. Fees` → `3. Fees`).
 * Such a block is a `modified` unit without word changes, so it is numbered, anchored and flagged
 * like a heading whose level changed (see restyleNote).
 */
export function equalRunUnits(
  olds: readonly Block[],
  news: readonly Block[],
  oldStart: number,
  newStart: number,
  count: number,
): RedlineUnit[] {
  const units: RedlineUnit[] = [];
  let run: { old: number[]; new: number[] } = { old: [], new: [] };
  const unit = (type: RedlineUnit['type'], old: number[], added: number[], ops: RedlineUnit['ops']): RedlineUnit => ({
    type,
    old,
    new: added,
    ops,
    change: 0,
    partner: 0,
    headingId: null,
  });
  for (let k = 0; k < count; k++) {
    const next = news[newStart + k] as Block;
    if (restyleNote([olds[oldStart + k] as Block], next) === null) {
      run.old.push(oldStart + k);
      run.new.push(newStart + k);
      continue;
    }
    if (run.old.length > 0) units.push(unit('equal', run.old, run.new, null));
    run = { old: [], new: [] };
    units.push(unit('modified', [oldStart + k], [newStart + k], next.tokens.length > 0 ? [{ op: 'equal', tokens: next.tokens }] : []));
  }
  if (run.old.length > 0) units.push(unit('equal', run.old, run.new, null));
  return units;
}
