import type { Block, RedlineDocument } from '../redline-document.ts';
import type { RedlineUnit } from '../redline.ts';
import { frameKeys } from './frame-keys.ts';

/**
 * Reorder each run of whole-block units (inserted, deleted, moved) so the redline reopens as few
 * containers as it can: old blocks keep their order and new blocks theirs, but at each step the one
 * sitting in more of the containers of the block before it goes first (a deleted top-level item
 * waits until the inserted nested item before it is shown); ties put deletions first.
 */
export function interleaveRuns(units: RedlineUnit[], oldDoc: RedlineDocument, newDoc: RedlineDocument): RedlineUnit[] {
  const keysOf = frameKeys({ units, old: oldDoc, new: newDoc });
  const keys = (unit: RedlineUnit): string[] => {
    const isOld = unit.type === 'deleted' || unit.type === 'moved-from';
    const block = isOld ? oldDoc.blocks[unit.old.at(-1) ?? -1] : newDoc.blocks[unit.new.at(-1) ?? -1];
    return block ? keysOf(isOld ? 'old' : 'new', (block as Block).frames) : [];
  };
  const out: RedlineUnit[] = [];
  let index = 0;
  while (index < units.length) {
    const unit = units[index] as RedlineUnit;
    if (unit.type === 'equal' || unit.type === 'modified') {
      out.push(unit);
      index++;
      continue;
    }
    let end = index;
    while (end < units.length && units[end]?.type !== 'equal' && units[end]?.type !== 'modified') end++;
    const run = units.slice(index, end);
    const olds = run.filter((u) => u.type === 'deleted' || u.type === 'moved-from');
    const news = run.filter((u) => u.type === 'inserted' || u.type === 'moved-to');
    let previous = out.length > 0 ? keys(out.at(-1) as RedlineUnit) : [];
    while (olds.length > 0 || news.length > 0) {
      const [old, added] = [olds[0], news[0]];
      const takeNew = added !== undefined && (old === undefined || shared(keys(added), previous) > shared(keys(old), previous));
      const next = (takeNew ? news.shift() : olds.shift()) as RedlineUnit;
      out.push(next);
      previous = keys(next);
    }
    index = end;
  }
  return out;
}

function shared(a: readonly string[], b: readonly string[]): number {
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++;
  return depth;
}
