import { buildUnits, computeStats, headingIds, interleaveRuns, numberChanges } from './align/index.ts';
import { resolveDiffOptions } from './diff-options.ts';
import type { DiffOptions } from './diff-options.ts';
import { readAlike } from './parse/index.ts';
import type { RedlineDocument } from './redline-document.ts';
import type { Redline } from './redline.ts';
import { MAX_NESTING } from './text-bounds.ts';

/**
 * Compare two parsed revisions: unchanged blocks match exactly, edited blocks pair by similarity
 * and get a word diff, split, merged and moved blocks are recognised, and every step of the work is
 * bounded (see DiffOptions); a bound that was hit is reported in `stats.fallback`. Revisions parsed
 * differently (one MDX, one plain Markdown) are compared as Markdown (`stats.readAsMarkdown`).
 */
export function diffDocuments(oldInput: RedlineDocument, newInput: RedlineDocument, options: DiffOptions = {}): Redline {
  const resolved = resolveDiffOptions(options);
  const { old: oldDoc, new: newDoc, reparsed } = readAlike(oldInput, newInput);
  const built = buildUnits(oldDoc, newDoc, resolved);
  const reasons = [...built.reasons];
  for (const [side, doc] of [
    ['old', oldDoc],
    ['new', newDoc],
  ] as const) {
    if (doc.nestingCapped > 0)
      reasons.push(`the ${side} revision nests ${doc.nestingCapped} containers or marks deeper than ${MAX_NESTING}: shown at that depth`);
  }
  const units = interleaveRuns(built.units, oldDoc, newDoc);
  numberChanges(units, oldDoc, newDoc, built.moves);
  const ids = headingIds(units, oldDoc, newDoc, built.moves, resolved.idPrefix);
  const stats = computeStats(units, oldDoc, newDoc, { idPrefix: resolved.idPrefix, headingIds: ids, reasons, readAsMarkdown: reparsed });
  const moves = [...built.moves].sort((a, b) => a[0] - b[0]);
  return { old: oldDoc, new: newDoc, units, stats, idPrefix: resolved.idPrefix, headingIds: ids, moves };
}
