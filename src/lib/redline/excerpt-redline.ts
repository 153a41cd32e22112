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
  const movedTo = new Map(redline.moves);
  const movedFrom = new Map(redline.moves.map(([from, to]) => [to, from]));
  const units: RedlineUnit[] = [];
  for (const unit of redline.units) {
    if (unit.type === 'equal') {
      const keep = unit.new.flatMap((to, k) => (within(ranges.new, to) || within(ranges.old, unit.old[k]) ? [k] : []));
      if (keep.length > 0)
        units.push({ ...unit, old: keep.map((k) => unit.old[k] as number), new: keep.map((k) => unit.new[k] as number) });
      continue;
    }
    if (!unit.old.some((i) => within(ranges.old, i)) && !unit.new.some((i) => within(ranges.new, i))) continue;
    if (unit.type === 'moved-from' && !within(ranges.new, movedTo.get(unit.old[0] ?? -1))) {
      units.push({ ...unit, type: 'deleted', ops: null, partner: 0 });
    } else if (unit.type === 'moved-to' && !within(ranges.old, movedFrom.get(unit.new[0] ?? -1))) {
      units.push({ ...unit, type: 'inserted', ops: null, partner: 0 });
    } else {
      units.push({ ...unit });
    }
  }
  const moves = redline.moves.filter(([from, to]) => within(ranges.old, from) && within(ranges.new, to));
  const { idPrefix, headingIds } = redline;
  const stats = computeStats(units, redline.old, redline.new, {
    idPrefix,
    headingIds,
    reasons: redline.stats.fallbackReasons,
    readAsMarkdown: redline.stats.readAsMarkdown,
  });
  return { old: redline.old, new: redline.new, units, stats, idPrefix, headingIds, moves };
}
