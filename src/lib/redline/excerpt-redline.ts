import { computeStats } from './align/index.ts';
import type { Redline, RedlineUnit } from './redline.ts';

/** Consecutive blocks of one revision, `start` included, `end` not. */
export interface BlockRange {
  start: number;
  end: number;
}

/** Which part of a redline an excerpt shows: a stretch of the old revision, of the new one, or both (a section and its counterpart). */
export interface ExcerptRanges {
  old: BlockRange | null;
  new: BlockRange | null;
}

const within = (range: BlockRange | null, index: number | undefined): boolean =>
  range !== null && index !== undefined && index >= range.start && index < range.end;

/**
 * Cut from a redline the steps that show the given blocks — one section's redline between two
 * revisions — as a redline of its own, renderable and counted like the whole one. Change numbers
 * and ids stay those of the whole redline, so its links and anchors name the same places (render an
 * excerpt shown beside others with `ids: false` and the whole redline's page as `linkBase`). A block
 * moved in from outside the excerpt reads as inserted and one moved out as deleted (its other place
 * is not in the excerpt); moves inside it stay moves.
 */
export function excerptRedline(redline: Redline, ranges: ExcerptRanges): Redline {
  const index = unitIndex(redline);
  // Only the units that show a block of the ranges: the cost is the excerpt's size, not the pair's.
  const picked = new Set<number>();
  const pick = (range: BlockRange | null, unitOf: Int32Array): void => {
    if (range) for (let b = range.start; b < range.end; b++) if ((unitOf[b] ?? -1) >= 0) picked.add(unitOf[b] as number);
  };
  pick(ranges.old, index.unitOfOld);
  pick(ranges.new, index.unitOfNew);
  const units: RedlineUnit[] = [];
  for (const at of [...picked].sort((a, b) => a - b)) {
    const unit = redline.units[at] as RedlineUnit;
    if (unit.type === 'equal') {
      const keep = unit.new.flatMap((to, k) => (within(ranges.new, to) || within(ranges.old, unit.old[k]) ? [k] : []));
      units.push({ ...unit, old: keep.map((k) => unit.old[k] as number), new: keep.map((k) => unit.new[k] as number) });
    } else if (unit.type === 'moved-from' && !within(ranges.new, index.movedTo.get(unit.old[0] ?? -1))) {
      units.push({ ...unit, type: 'deleted', ops: null, partner: 0 });
    } else if (unit.type === 'moved-to' && !within(ranges.old, index.movedFrom.get(unit.new[0] ?? -1))) {
      units.push({ ...unit, type: 'inserted', ops: null, partner: 0 });
    } else {
      units.push({ ...unit });
    }
  }
  const moves: [number, number][] = [];
  if (ranges.old && ranges.new) {
    for (let b = ranges.old.start; b < ranges.old.end; b++) {
      const to = index.movedTo.get(b);
      if (to !== undefined && within(ranges.new, to)) moves.push([b, to]);
    }
  }
  const { idPrefix, headingIds } = redline;
  const stats = computeStats(units, redline.old, redline.new, {
    idPrefix,
    headingIds,
    reasons: redline.stats.fallbackReasons,
    readAsMarkdown: redline.stats.readAsMarkdown,
  });
  return { old: redline.old, new: redline.new, units, stats, idPrefix, headingIds, moves };
}

/** Which unit shows each block of a redline, and where each moved block went: built once per redline. */
interface UnitIndex {
  unitOfOld: Int32Array;
  unitOfNew: Int32Array;
  movedTo: Map<number, number>;
  movedFrom: Map<number, number>;
}

const indexes = new WeakMap<Redline, UnitIndex>();

function unitIndex(redline: Redline): UnitIndex {
  let index = indexes.get(redline);
  if (!index) {
    const unitOfOld = new Int32Array(redline.old.blocks.length).fill(-1);
    const unitOfNew = new Int32Array(redline.new.blocks.length).fill(-1);
    redline.units.forEach((unit, at) => {
      for (const b of unit.old) if (unitOfOld[b] === -1) unitOfOld[b] = at;
      for (const b of unit.new) if (unitOfNew[b] === -1) unitOfNew[b] = at;
    });
    index = {
      unitOfOld,
      unitOfNew,
      movedTo: new Map(redline.moves),
      movedFrom: new Map(redline.moves.map(([from, to]) => [to, from])),
    };
    indexes.set(redline, index);
  }
  return index;
}
