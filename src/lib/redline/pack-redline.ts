import { readAlike } from './parse/index.ts';
import type { RedlineDocument, Token } from './redline-document.ts';
import type { Redline, RedlineUnit, TokenOp } from './redline.ts';

/**
 * A run of an op's tokens: `[side, start, length]` — consecutive tokens of the old (0) or new (1)
 * revision, counted across its blocks in order — or a token the diff made itself, kept whole.
 */
export type PackedRun = [0 | 1, number, number] | Token;

/** A unit whose word diff refers to the revisions' own tokens instead of copying them. */
export type PackedUnit = Omit<RedlineUnit, 'ops'> & { ops: { op: TokenOp['op']; runs: PackedRun[] }[] | null };

/**
 * A redline without the two revisions it compares: compact plain data (a few kilobytes for a typical
 * pair, against megabytes for the parsed revisions), to store between builds. unpackRedline rebuilds
 * the Redline from it and the same two revisions, parsed the same way.
 */
export interface PackedRedline {
  /** Token counts of the two revisions as compared, checked when unpacking. */
  tokens: [number, number];
  units: PackedUnit[];
  stats: Redline['stats'];
  idPrefix: string;
  headingIds: Redline['headingIds'];
  moves: Redline['moves'];
}

/** Pack a redline into compact plain data that refers to its revisions' tokens by position. */
export function packRedline(redline: Redline): PackedRedline {
  const docs = [redline.old, redline.new] as const;
  const offsets = [blockOffsets(redline.old), blockOffsets(redline.new)] as const;
  const units = redline.units.map((unit): PackedUnit => {
    if (!unit.ops) return { ...unit, ops: null };
    const own = [unit.old, unit.new] as const;
    const ops = unit.ops.map(({ op, tokens }) => {
      const runs: PackedRun[] = [];
      // Deleted tokens come from the old revision, the rest from the new one; look there first.
      const sides: readonly (0 | 1)[] = op === 'delete' ? [0, 1] : [1, 0];
      // The current run and where it is in its revision, so a token that simply follows needs no search.
      let run: [0 | 1, number, number] | null = null;
      let block = 0;
      let index = 0;
      for (const [at, token] of tokens.entries()) {
        if (run && nextToken(docs[run[0]], block, index) === token) {
          run[2]++;
          [block, index] = step(docs[run[0]], block, index);
          continue;
        }
        // Block boundaries inside a split or merge are the diff's own tokens, in neither revision.
        const found = token.kind === 'block' ? null : locate(tokens, at, sides, docs, own);
        if (!found) {
          runs.push(token);
          run = null;
          continue;
        }
        const [side, b, i] = found;
        run = [side, (offsets[side][b] as number) + i, 1];
        runs.push(run);
        [block, index] = step(docs[side], b, i);
      }
      return { op, runs };
    });
    return { ...unit, ops };
  });
  const total = (side: 0 | 1): number => offsets[side][docs[side].blocks.length] as number;
  return {
    tokens: [total(0), total(1)],
    units,
    stats: redline.stats,
    idPrefix: redline.idPrefix,
    headingIds: redline.headingIds,
    moves: redline.moves,
  };
}

// The block and index after (block, index): the next token of the same block, or the first of the next one that has tokens.
function step(doc: RedlineDocument, block: number, index: number): [number, number] {
  let b = block;
  let i = index + 1;
  while (b < doc.blocks.length && i >= (doc.blocks[b]?.tokens.length ?? 0)) {
    b++;
    i = 0;
  }
  return [b, i];
}

function nextToken(doc: RedlineDocument, block: number, index: number): Token | undefined {
  return doc.blocks[block]?.tokens[index];
}

// Find where tokens[at] and the tokens after it stand in the unit's own blocks (nearly always), else
// anywhere in either revision (a moved block's). A parsed revision shares one object among equal
// tokens (see TokenTable), so a token can stand in many places: the one where the longest run of
// the following tokens stands too is taken, which keeps runs long. Any of them gives the same tokens back.
function locate(
  tokens: readonly Token[],
  at: number,
  sides: readonly (0 | 1)[],
  docs: readonly [RedlineDocument, RedlineDocument],
  own: readonly [readonly number[], readonly number[]],
): [0 | 1, number, number] | null {
  const token = tokens[at];
  const wanted = tokens.length - at;
  let best: [0 | 1, number, number] | null = null;
  let bestLength = 0;
  const consider = (side: 0 | 1, b: number, blockTokens: readonly Token[]): boolean => {
    for (let i = blockTokens.indexOf(token as Token); i >= 0; i = blockTokens.indexOf(token as Token, i + 1)) {
      const length = runLength(docs[side], b, i, tokens, at, wanted);
      if (length > bestLength) {
        best = [side, b, i];
        bestLength = length;
        if (length === wanted) return true;
      }
    }
    return false;
  };
  for (const side of sides) for (const b of own[side]) if (consider(side, b, docs[side].blocks[b]?.tokens ?? [])) return best;
  if (best) return best;
  for (const side of sides) for (const [b, block] of docs[side].blocks.entries()) if (consider(side, b, block.tokens)) return best;
  return best;
}

// How many of tokens[at…] stand in order from block b, index i of doc on (at most `limit`).
function runLength(doc: RedlineDocument, b: number, i: number, tokens: readonly Token[], at: number, limit: number): number {
  let length = 0;
  let block = b;
  let index = i;
  while (length < limit && nextToken(doc, block, index) === tokens[at + length]) {
    length++;
    [block, index] = step(doc, block, index);
  }
  return length;
}

/**
 * Rebuild a redline from its packed form and the two revisions it compared (parsed from the same
 * sources with the same options). Returns null when the packed data does not fit them — a stale or
 * damaged cache entry — so the caller compares afresh.
 */
export function unpackRedline(packed: PackedRedline, oldInput: RedlineDocument, newInput: RedlineDocument): Redline | null {
  const { old, new: neu, reparsed } = readAlike(oldInput, newInput);
  if (reparsed !== packed.stats.readAsMarkdown) return null;
  const docs = [old, neu] as const;
  const offsets = [blockOffsets(old), blockOffsets(neu)] as const;
  const counts = [offsets[0][old.blocks.length] as number, offsets[1][neu.blocks.length] as number] as const;
  if (counts[0] !== packed.tokens[0] || counts[1] !== packed.tokens[1]) return null;
  const units: RedlineUnit[] = [];
  for (const unit of packed.units) {
    if (unit.old.some((i) => i < 0 || i >= old.blocks.length) || unit.new.some((i) => i < 0 || i >= neu.blocks.length)) return null;
    if (!unit.ops) {
      units.push({ ...unit, ops: null });
      continue;
    }
    const ops: TokenOp[] = [];
    for (const { op, runs } of unit.ops) {
      const out: Token[] = [];
      for (const run of runs) {
        if (!Array.isArray(run)) out.push(run);
        else {
          const [side, start, length] = run;
          if (start < 0 || length < 0 || start + length > counts[side]) return null;
          copyTokens(docs[side], offsets[side], start, length, out);
        }
      }
      ops.push({ op, tokens: out });
    }
    units.push({ ...unit, ops });
  }
  const moves = packed.moves;
  if (!Array.isArray(moves) || moves.some(([from, to]) => !(from >= 0 && from < old.blocks.length && to >= 0 && to < neu.blocks.length)))
    return null;
  return { old, new: neu, units, stats: packed.stats, idPrefix: packed.idPrefix, headingIds: packed.headingIds, moves };
}

// Where each block's tokens start when a revision's tokens are counted in order, plus the total at
// the end: a few hundred numbers per revision, worked out once per parsed revision.
const offsetsOf = new WeakMap<RedlineDocument, Int32Array>();

function blockOffsets(doc: RedlineDocument): Int32Array {
  let offsets = offsetsOf.get(doc);
  if (!offsets) {
    offsets = new Int32Array(doc.blocks.length + 1);
    doc.blocks.forEach((block, b) => {
      (offsets as Int32Array)[b + 1] = ((offsets as Int32Array)[b] as number) + block.tokens.length;
    });
    offsetsOf.set(doc, offsets);
  }
  return offsets;
}

// Append `length` tokens from position `start` on: find the block by binary search, then walk on.
function copyTokens(doc: RedlineDocument, offsets: Int32Array, start: number, length: number, out: Token[]): void {
  let low = 0;
  let high = doc.blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] as number) <= start) low = middle;
    else high = middle - 1;
  }
  let block = low;
  for (let at = start; at < start + length; at++) {
    while ((offsets[block + 1] as number) <= at) block++;
    out.push(doc.blocks[block]?.tokens[at - (offsets[block] as number)] as Token);
  }
}
