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
  const position = [positions(redline.old), positions(redline.new)] as const;
  const units = redline.units.map((unit): PackedUnit => {
    if (!unit.ops) return { ...unit, ops: null };
    const ops = unit.ops.map(({ op, tokens }) => {
      const runs: PackedRun[] = [];
      // Deleted tokens come from the old revision, the rest from the new one; look there first.
      const sides: (0 | 1)[] = op === 'delete' ? [0, 1] : [1, 0];
      for (const token of tokens) {
        const side = sides.find((s) => position[s].has(token));
        const at = side === undefined ? undefined : position[side].get(token);
        const last = runs.at(-1);
        if (side === undefined || at === undefined) runs.push(token);
        else if (Array.isArray(last) && last[0] === side && last[1] + last[2] === at) last[2]++;
        else runs.push([side, at, 1]);
      }
      return { op, runs };
    });
    return { ...unit, ops };
  });
  return {
    tokens: [flatTokens(redline.old).length, flatTokens(redline.new).length],
    units,
    stats: redline.stats,
    idPrefix: redline.idPrefix,
    headingIds: redline.headingIds,
  };
}

/**
 * Rebuild a redline from its packed form and the two revisions it compared (parsed from the same
 * sources with the same options). Returns null when the packed data does not fit them — a stale or
 * damaged cache entry — so the caller compares afresh.
 */
export function unpackRedline(packed: PackedRedline, oldInput: RedlineDocument, newInput: RedlineDocument): Redline | null {
  const { old, new: neu, reparsed } = readAlike(oldInput, newInput);
  if (reparsed !== packed.stats.readAsMarkdown) return null;
  const tokens = [flatTokens(old), flatTokens(neu)] as const;
  if (tokens[0].length !== packed.tokens[0] || tokens[1].length !== packed.tokens[1]) return null;
  const blocks = [old.blocks.length, neu.blocks.length] as const;
  const units: RedlineUnit[] = [];
  for (const unit of packed.units) {
    if (unit.old.some((i) => i < 0 || i >= blocks[0]) || unit.new.some((i) => i < 0 || i >= blocks[1])) return null;
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
          if (start < 0 || start + length > tokens[side].length) return null;
          for (let k = start; k < start + length; k++) out.push(tokens[side][k] as Token);
        }
      }
      ops.push({ op, tokens: out });
    }
    units.push({ ...unit, ops });
  }
  return { old, new: neu, units, stats: packed.stats, idPrefix: packed.idPrefix, headingIds: packed.headingIds };
}

// A document is compared against every other revision of its policy: its flat token list and the
// positions in it are worked out once per parsed document, not once per pair.
const flat = new WeakMap<RedlineDocument, Token[]>();
const places = new WeakMap<RedlineDocument, Map<Token, number>>();

function flatTokens(doc: RedlineDocument): Token[] {
  let all = flat.get(doc);
  if (!all) {
    all = [];
    for (const block of doc.blocks) for (const token of block.tokens) all.push(token);
    flat.set(doc, all);
  }
  return all;
}

function positions(doc: RedlineDocument): Map<Token, number> {
  let map = places.get(doc);
  if (!map) {
    map = new Map();
    for (const [index, token] of flatTokens(doc).entries()) map.set(token, index);
    places.set(doc, map);
  }
  return map;
}
