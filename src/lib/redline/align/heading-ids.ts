import type { RedlineDocument } from '../redline-document.ts';
import type { HeadingIds, RedlineUnit } from '../redline.ts';

// Change anchors are `change-N` (prefixed like every id): a heading slugged the same ("## Change 1")
// would share its id, so such slugs are reserved whatever the number of changes.
const CHANGE_ANCHOR = /^change-\d+$/;

/**
 * Give every heading its id in the redline (prefix included), and set `headingId` on the units that
 * show a heading from the old revision only. A new heading keeps its id on the page, unless the id
 * has a change anchor's form: then it is suffixed the way github-slugger dedupes (`change-1-1`). An
 * old-only heading gets an `old-…` id no new heading has. Each old heading also learns where the
 * redline shows it, for the old text's `#fragment` links: at its new counterpart's id when it was
 * kept, renamed or moved, at its `old-…` id when it was removed.
 */
export function headingIds(
  units: RedlineUnit[],
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
  moves: ReadonlyMap<number, number>,
  idPrefix: string,
): HeadingIds {
  const taken = new Set(newDoc.sections.map((section) => section.id));
  const newIds = newDoc.sections.map((section) => idPrefix + (CHANGE_ANCHOR.test(section.id) ? suffixed(section.id, taken) : section.id));
  const oldIds = oldDoc.sections.map(() => '');
  const sectionOf = (doc: RedlineDocument, index: number | undefined): number | null => {
    const block = doc.blocks[index ?? -1];
    return block?.kind === 'heading' ? block.section : null;
  };
  const counterpart = (oldIndex: number | undefined, newIndex: number | undefined): void => {
    const from = sectionOf(oldDoc, oldIndex);
    const to = sectionOf(newDoc, newIndex);
    if (from !== null && to !== null) oldIds[from] = newIds[to] ?? '';
  };
  for (const unit of units) {
    if (unit.type === 'equal') unit.old.forEach((index, k) => counterpart(index, unit.new[k]));
    if (unit.type === 'modified') counterpart(unit.old[0], unit.new[0]);
    if (unit.type !== 'deleted' && unit.type !== 'moved-from') continue;
    const from = sectionOf(oldDoc, unit.old[0]);
    const section = from === null ? undefined : oldDoc.sections[from];
    if (from === null || !section) continue;
    let id = `old-${section.id}`;
    if (taken.has(id)) id = suffixed(id, taken);
    taken.add(id);
    unit.headingId = idPrefix + id;
    oldIds[from] = unit.headingId;
    // A moved heading's links follow it to its new place.
    if (unit.type === 'moved-from') counterpart(unit.old[0], moves.get(unit.old[0] ?? -1));
  }
  return { old: oldIds, new: newIds };
}

// The first of `id-1`, `id-2`, … that is not taken, as github-slugger dedupes; it is taken then.
function suffixed(id: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${id}-${n}`)) n++;
  taken.add(`${id}-${n}`);
  return `${id}-${n}`;
}
