import type { ResolvedDiffOptions } from '../diff-options.ts';
import { pushAll } from '../push-all.ts';
import type { Block, RedlineDocument } from '../redline-document.ts';
import type { RedlineUnit } from '../redline.ts';
import { diffBlockGroup } from '../words/index.ts';
import { alignExact } from './align-exact.ts';
import { equalRunUnits } from './equal-run-units.ts';
import { findExactMoves, findNearMoves } from './find-moves.ts';
import { pairBlocks } from './pair-blocks.ts';
import type { StretchEvent } from './pair-blocks.ts';

/** Units in reading order, the moves between them (old → new block), and what safety bounds were hit. */
export interface BuiltUnits {
  units: RedlineUnit[];
  moves: Map<number, number>;
  reasons: string[];
}

/**
 * Align two revisions block by block: (1) identical blocks by an LCS over block keys; (2) identical
 * leftovers elsewhere as moves; (3) in each unmatched stretch, blocks paired by similarity (with
 * splits and merges); (4) nearly identical leftovers as moves. Then each step becomes a unit, with a
 * word diff for modified blocks.
 */
export function buildUnits(oldDoc: RedlineDocument, newDoc: RedlineDocument, options: ResolvedDiffOptions): BuiltUnits {
  const olds = oldDoc.blocks;
  const news = newDoc.blocks;
  const reasons: string[] = [];
  const { runs, bounded } = alignExact(
    olds.map((block) => block.key),
    news.map((block) => block.key),
    options.maxBlockEdits,
  );
  if (bounded)
    reasons.push(
      `block alignment needs more than ${options.maxBlockEdits} block edits (maxBlockEdits): unmatched blocks shown as deleted and inserted`,
    );
  const oldLeft: number[] = [];
  const newLeft: number[] = [];
  for (const run of runs) {
    if (run.equal) continue;
    for (let i = run.oldStart; i < run.oldEnd; i++) oldLeft.push(i);
    for (let j = run.newStart; j < run.newEnd; j++) newLeft.push(j);
  }
  const moves = new Map<number, number>();
  const movedNew = new Map<number, number>();
  for (const move of findExactMoves(oldDoc, newDoc, oldLeft, newLeft, options.minExactMoveWords)) {
    moves.set(move.old, move.new);
    movedNew.set(move.new, move.old);
  }

  // Pair each stretch; what stays unpaired may still be a near-equal move.
  const stretchEvents = new Map<number, StretchEvent[]>();
  const unpairedOld: number[] = [];
  const unpairedNew: number[] = [];
  // One word budget for all pairing, so no input makes scoring slow (long blocks cost their length).
  const budget = { left: options.maxPairWords };
  const overBudget: string[] = [];
  runs.forEach((run, index) => {
    if (run.equal) return;
    const stretchOld = olds.slice(run.oldStart, run.oldEnd);
    const stretchNew = news.slice(run.newStart, run.newEnd);
    const free = {
      old: stretchOld.map((_, i) => !moves.has(run.oldStart + i)),
      new: stretchNew.map((_, j) => !movedNew.has(run.newStart + j)),
    };
    const maxCells = bounded ? 0 : options.maxPairCells;
    const paired = pairBlocks(stretchOld, stretchNew, {
      free,
      threshold: options.pairThreshold,
      maxSplit: options.maxSplit,
      maxCells,
      budget,
    });
    const size = `${stretchOld.length} deleted × ${stretchNew.length} inserted blocks`;
    if (paired.bounded && !bounded && stretchOld.length > 0 && stretchNew.length > 0) {
      if (stretchOld.length * stretchNew.length > maxCells)
        reasons.push(`a stretch of ${size} exceeds ${maxCells} comparisons (maxPairCells): shown as whole blocks`);
      else overBudget.push(size);
    }
    const events = paired.events.map((event) => globalEvent(event, run.oldStart, run.newStart));
    stretchEvents.set(index, events);
    for (const event of events) {
      if (event.type === 'old' && !moves.has(event.index)) unpairedOld.push(event.index);
      if (event.type === 'new' && !movedNew.has(event.index)) unpairedNew.push(event.index);
    }
  });
  const nearMoves = bounded
    ? null
    : findNearMoves(olds, news, unpairedOld, unpairedNew, {
        threshold: options.moveThreshold,
        minWords: options.minMoveWords,
        maxCells: options.maxPairCells,
        budget,
      });
  if (overBudget.length > 0)
    reasons.push(
      `pairing similar blocks compares more than ${options.maxPairWords} words (maxPairWords): stretches of ${overBudget.slice(0, 3).join(', ')}${overBudget.length > 3 ? ` and ${overBudget.length - 3} more` : ''} shown as whole blocks`,
    );
  if (!nearMoves && !bounded)
    reasons.push(
      `${unpairedOld.length} deleted × ${unpairedNew.length} inserted blocks are too many to search for edited moves (maxPairCells, maxPairWords)`,
    );
  const nearNew = new Set<number>();
  for (const move of nearMoves ?? []) {
    moves.set(move.old, move.new);
    movedNew.set(move.new, move.old);
    nearNew.add(move.new);
  }

  const units: RedlineUnit[] = [];
  const unit = (type: RedlineUnit['type'], old: number[], added: number[], ops: RedlineUnit['ops'] = null): void => {
    units.push({ type, old, new: added, ops, change: 0, partner: 0, headingId: null });
  };
  const group = (oldIndices: number[], newIndices: number[]): RedlineUnit['ops'] => {
    const diffed = diffBlockGroup(pick(olds, oldIndices), pick(news, newIndices), options.maxWordEdits);
    if (diffed.bounded)
      reasons.push(
        `the word diff of old block ${oldIndices.join('+')} and new block ${newIndices.join('+')} needs more than ${options.maxWordEdits} token edits (maxWordEdits): shown as a whole deletion and insertion`,
      );
    return diffed.ops;
  };
  runs.forEach((run, index) => {
    if (run.equal) {
      pushAll(units, equalRunUnits(olds, news, run.oldStart, run.newStart, run.oldEnd - run.oldStart));
      return;
    }
    for (const event of stretchEvents.get(index) ?? []) {
      if (event.type === 'pair') unit('modified', event.old, event.new, group(event.old, event.new));
      else if (event.type === 'old') unit(moves.has(event.index) ? 'moved-from' : 'deleted', [event.index], []);
      else {
        const from = movedNew.get(event.index);
        if (from === undefined) unit('inserted', [], [event.index]);
        else unit('moved-to', [], [event.index], nearNew.has(event.index) ? group([from], [event.index]) : null);
      }
    }
  });
  return { units, moves, reasons };
}

function globalEvent(event: StretchEvent, oldStart: number, newStart: number): StretchEvent {
  if (event.type === 'old') return { type: 'old', index: oldStart + event.index };
  if (event.type === 'new') return { type: 'new', index: newStart + event.index };
  return { type: 'pair', old: event.old.map((i) => oldStart + i), new: event.new.map((j) => newStart + j) };
}

function pick(blocks: readonly Block[], indices: readonly number[]): Block[] {
  return indices.map((index) => blocks[index] as Block);
}
