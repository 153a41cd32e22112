import { buildUnits } from './build-units.ts';
import { computeStats } from './compute-stats.ts';
import { resolveDiffOptions } from './diff-options.ts';
import type { DiffOptions } from './diff-options.ts';
import { interleaveRuns } from './interleave-runs.ts';
import { numberChanges } from './number-changes.ts';
import type { RedlineDocument } from './redline-document.ts';
import type { Redline } from './redline.ts';

/**
 * Compare two parsed revisions: unchanged blocks match exactly, edited blocks pair by similarity
 * and get a word diff, split, merged and moved blocks are recognised, and every step of the work is
 * bounded (see DiffOptions); a bound that was hit is reported in `stats.fallback`.
 */
export function diffDocuments(oldDoc: RedlineDocument, newDoc: RedlineDocument, options: DiffOptions = {}): Redline {
  const resolved = resolveDiffOptions(options);
  const built = buildUnits(oldDoc, newDoc, resolved);
  const units = interleaveRuns(built.units, oldDoc, newDoc);
  numberChanges(units, oldDoc, newDoc, built.moves, resolved.idPrefix);
  const stats = computeStats(units, oldDoc, newDoc, resolved.idPrefix, built.reasons);
  return { old: oldDoc, new: newDoc, units, stats, idPrefix: resolved.idPrefix };
}
