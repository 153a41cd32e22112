import { readAlike } from './read-alike.ts';
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
}

/** Pack a redline into compact plain data that refers to its revisions' tokens by position. */
export function packRedline(redline: Redline): PackedRedline {
  const docs = [redline.old, redline.new] as const;
  const offsets = [blockOffsets(redline.old), blockOffsets(redline.new)] as const;
  // Where each token sits: looked up in the unit's own blocks first (cheap, and nearly always
  // enough), in the whole revision only for a token from elsewhere (built once per pair, if ever).
  const whole: [Map<Token, number> | null, Map<Token, number> | null] = [null, null];
  const wholePositions = (side: 0 | 1): Map<Token, number> => (whole[side] ??= positions(docs[side], offsets[side], null));
  const units = redline.units.map((unit): PackedUnit => {
    if (!unit.ops) return { ...unit, ops: null };
    const local = [positions(docs[0], offsets[0], unit.old), positions(docs[1], offsets[1], unit.new)] as const;
    const find = (side: 0 | 1, token: Token): number | undefined => local[side].get(token) ?? wholePositions(side).get(token);
    const ops = unit.ops.map(({ op, tokens }) => {
      const runs: PackedRun[] = [];
      // Deleted tokens come from the old revision, the rest from the new one; look there first.
      const sides: (0 | 1)[] = op === 'delete' ? [0, 1] : [1, 0];
      for (const token of tokens) {
        let side: 0 | 1 | undefined;
        let at: number | undefined;
        for (const s of sides) {
          at = find(s, token);
          if (at !== undefined) {
            side = s;
            break;
          }
        }
        const last = runs.at(-1);
        if (side === undefined || at === undefined) runs.push(token);
        else if (Array.isArray(last) && last[0] === side && last[1] + last[2] === at) last[2]++;
        else runs.push([side, at, 1]);
      }
      return { op, runs };
    });
    return { ...unit, ops };
  });
  const total = (side: 0 | 1): number => offsets[side][docs[side].blocks.length] as number;
  return { tokens: [total(0), total(1)], units, stats: redline.stats, idPrefix: redline.idPrefix, headingIds: redline.headingIds };
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
  return { old, new: neu, units, stats: packed.stats, idPrefix: packed.idPrefix, headingIds: packed.headingIds };
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

// Positions of the tokens of some blocks (null: all of them).
function positions(doc: RedlineDocument, offsets: Int32Array, blocks: readonly number[] | null): Map<Token, number> {
  const map = new Map<Token, number>();
  for (const b of blocks ?? doc.blocks.keys()) {
    const start = offsets[b] as number;
    doc.blocks[b]?.tokens.forEach((token, i) => map.set(token, start + i));
  }
  return map;
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
