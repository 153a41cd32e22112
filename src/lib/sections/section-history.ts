// The history of every section of a policy, followed through its revisions by the redline engine's
// alignment of each revision with the next: a section keeps its identity when its heading is kept,
// edited, renumbered, restyled or moved, because the engine pairs those headings.

import { excerptRedline, type Block, type BlockRange, type ExcerptRanges, type Redline, type RedlineDocument } from '../redline/index.ts';

/** One step in a section's history: the revision it took effect in, and what it did to the section. */
export interface SectionChange {
  /** Index of the revision the change took effect in (≥ 1): the pair is that revision and the one before. */
  revision: number;
  /** `appeared`: the section is new; `changed`: its text (heading included) changed; `removed`: it is gone. */
  kind: 'appeared' | 'changed' | 'removed';
  /** The section's index in the older revision's sections (null when it appeared). */
  from: number | null;
  /** Its index in the newer revision's sections (null when it was removed). */
  to: number | null;
  /**
   * Its blocks in the older and the newer revision, as the pair's redline reads them, widened to
   * the blocks that crossed its edges (a heading inserted inside it splits text off; one removed
   * merges text in): what its words and first change count.
   */
  ranges: ExcerptRanges;
  /** The same for its own text alone: its heading up to its first subsection. What its own redline shows. */
  own: ExcerptRanges;
  /** Whether its own text changed (not only a subsection's). */
  ownChanged: boolean;
  /** Its subsections (lineage indices, in reading order) with a change in the same pair. */
  subsections: number[];
  /** Words added to and removed from the section, as its own redline counts them. */
  wordsAdded: number;
  wordsRemoved: number;
  /** The number of the first change (anchor `change-N`) the pair's redline shows in the section; 0 if none. */
  firstChange: number;
  /** Whether the heading's text changed (a rename or a renumbering). */
  renamed: boolean;
  /** Whether the heading's level changed (`####` → `###`). */
  relevelled: boolean;
  /**
   * For a section that appeared: the sections (lineage indices) whose text it took; for one that
   * was removed: the sections its text went to. Empty when its text is new or gone.
   */
  related: number[];
}

/** One section followed through every revision. */
export interface SectionLineage {
  /**
   * A stable id: its heading's id in the revision it first appeared in (at most MAX_ID_BYTES of
   * UTF-8, so it fits in a file name), made unique among the policy's sections.
   */
  id: string;
  /** The section's index in each revision's sections; null where it does not exist. */
  places: (number | null)[];
  /** Index of the first revision it is in. */
  first: number;
  /** Index of the last revision it is in. */
  last: number;
  /** What happened to it, oldest first (it appeared without a change in the first revision). */
  changes: SectionChange[];
}

/** Every section of a policy through its history. */
export interface SectionHistory {
  lineages: SectionLineage[];
  /** For each revision, the lineage index of each of its sections. */
  lineageOf: number[][];
  /** For each revision, the index of the revision since which each of its blocks reads as it does. */
  since: number[][];
  /** For each revision, each block's index in that revision (`since`): where it was last written. */
  origin: number[][];
  /** For each revision, the number of the change (anchor `change-N`) that last wrote each block in its pair's redline; 0 for the first revision's text. */
  originChange: number[][];
}

const NONE = -1;

/**
 * Follow every section of a policy through its revisions. `docs` are the revisions, oldest first,
 * parsed once each; `pairs[i]` is the redline of `docs[i]` → `docs[i + 1]`. Linear in revisions ×
 * blocks: each pair is walked once, and a section's redline is cut from its pair only when its
 * text changed.
 */
export function sectionHistory(docs: readonly RedlineDocument[], pairs: readonly Redline[]): SectionHistory {
  if (pairs.length !== Math.max(0, docs.length - 1)) {
    throw new Error(`sectionHistory needs one redline per adjacent pair: ${docs.length} revisions, ${pairs.length} redlines`);
  }
  const lineages: SectionLineage[] = [];
  const ids = new Set<string>();
  const born = (revision: number, section: number, doc: RedlineDocument): number => {
    const id = uniqueId(doc.sections[section]?.id ?? '', ids);
    lineages.push({ id, places: docs.map(() => null), first: revision, last: revision, changes: [] });
    return lineages.length - 1;
  };
  const first = docs[0];
  const lineageOf: number[][] = first ? [first.sections.map((_, s) => born(0, s, first))] : [];
  const since: number[][] = first ? [first.blocks.map(() => 0)] : [];
  const origin: number[][] = first ? [first.blocks.map((_, b) => b)] : [];
  const originChange: number[][] = first ? [first.blocks.map(() => 0)] : [];
  for (const [s, lineage] of (lineageOf[0] ?? []).entries()) place(lineages[lineage], 0, s);

  for (const [i, pair] of pairs.entries()) {
    const revision = i + 1;
    const older = docs[i] as RedlineDocument;
    const newer = docs[revision] as RedlineDocument;
    const map = blockMap(pair, older, newer);
    const oldRanges = sectionRanges(older);
    const newRanges = sectionRanges(newer);
    const before = lineageOf[i] as number[];
    const now: number[] = newer.sections.map(() => NONE);
    const counterpart = newer.sections.map(() => NONE); // new section → old section
    for (const [s, section] of older.sections.entries()) {
      const j = map.oldToNew[section.block] ?? NONE;
      const t = j === NONE ? null : newer.blocks[j]?.section;
      if (t === null || t === undefined || newer.sections[t]?.block !== j || counterpart[t] !== NONE) continue;
      counterpart[t] = s;
      now[t] = before[s] as number;
    }
    for (const [t, s] of counterpart.entries()) if (s === NONE) now[t] = born(revision, t, newer);
    lineageOf.push(now);
    const reading = (old: BlockRange | null, neu: BlockRange | null): ExcerptRanges => ({
      old: old && inReading(old, older, pair.old),
      new: neu && inReading(neu, newer, pair.new),
    });
    const record = (made: Omit<SectionChange, 'wordsAdded' | 'wordsRemoved' | 'firstChange'>): SectionChange => {
      const excerpt = excerptRedline(pair, made.ranges);
      return {
        ...made,
        wordsAdded: excerpt.stats.wordsInserted,
        wordsRemoved: excerpt.stats.wordsDeleted,
        firstChange: excerpt.units.find((unit) => unit.change > 0)?.change ?? 0,
      };
    };

    // What happened to each section in this pair.
    const continued = new Set<number>();
    const changedNow = new Map<number, SectionChange>(); // lineage → its change in this pair
    for (const [t, lineage] of now.entries()) {
      const entry = lineages[lineage] as SectionLineage;
      place(entry, revision, t);
      const s = counterpart[t] as number;
      const newRange = newRanges[t] as BlockRange;
      if (s === NONE) {
        const made = record({
          revision,
          kind: 'appeared',
          from: null,
          to: t,
          ranges: reading(null, newRange),
          own: reading(null, ownRange(newer, t, newRange)),
          ownChanged: true,
          subsections: [],
          renamed: false,
          relevelled: false,
          related: sourcesOf(newRange, map.newToOld, older, before),
        });
        entry.changes.push(made);
        changedNow.set(lineage, made);
        continue;
      }
      continued.add(s);
      const oldRange = oldRanges[s] as BlockRange;
      if (sameText(older, oldRange, newer, newRange)) continue;
      const oldOwn = ownRange(older, s, oldRange);
      const newOwn = ownRange(newer, t, newRange);
      const made = record({
        revision,
        kind: 'changed',
        from: s,
        to: t,
        ranges: reading(widen(oldRange, newRange, map.newToOld, map.movedNew), widen(newRange, oldRange, map.oldToNew, map.movedOld)),
        own: reading(widen(oldOwn, newOwn, map.newToOld, map.movedNew), widen(newOwn, oldOwn, map.oldToNew, map.movedOld)),
        ownChanged: !sameText(older, oldOwn, newer, newOwn),
        subsections: [],
        renamed: older.sections[s]?.title !== newer.sections[t]?.title,
        relevelled: older.sections[s]?.depth !== newer.sections[t]?.depth,
        related: [],
      });
      entry.changes.push(made);
      changedNow.set(lineage, made);
    }
    for (const [s, lineage] of before.entries()) {
      if (continued.has(s)) continue;
      const oldRange = oldRanges[s] as BlockRange;
      const made = record({
        revision,
        kind: 'removed',
        from: s,
        to: null,
        ranges: reading(oldRange, null),
        own: reading(ownRange(older, s, oldRange), null),
        ownChanged: true,
        subsections: [],
        renamed: false,
        relevelled: false,
        related: sourcesOf(oldRange, map.oldToNew, newer, now),
      });
      (lineages[lineage] as SectionLineage).changes.push(made);
      changedNow.set(lineage, made);
    }
    // Each change names its subsections' changes of the same pair: the new revision's, then removed ones.
    for (const made of changedNow.values()) {
      const inside = (doc: RedlineDocument, section: number | null, ranges: BlockRange[], lineageOfDoc: number[]): number[] =>
        section === null ? [] : subsectionsOf(doc, section, ranges).map((sub) => lineageOfDoc[sub] as number);
      const candidates = [...inside(newer, made.to, newRanges, now), ...inside(older, made.from, oldRanges, before)];
      made.subsections = [...new Set(candidates)].filter((lineage) => changedNow.has(lineage));
    }

    // Since when each block reads as it does: as long as it is paired with an identical block.
    const previousSince = since[i] as number[];
    const previousOrigin = origin[i] as number[];
    const previousChange = originChange[i] as number[];
    const kept = newer.blocks.map((block, j) => {
      const from = map.newToOld[j] ?? NONE;
      return from !== NONE && signature(older.blocks[from] as Block) === signature(block) ? from : NONE;
    });
    const changeOf = changesOfNewBlocks(pair, newer);
    since.push(kept.map((from) => (from === NONE ? revision : (previousSince[from] as number))));
    origin.push(kept.map((from, j) => (from === NONE ? j : (previousOrigin[from] as number))));
    originChange.push(kept.map((from, j) => (from === NONE ? (changeOf[j] ?? 0) : (previousChange[from] as number))));
  }
  return { lineages, lineageOf, since, origin, originChange };
}

function place(lineage: SectionLineage | undefined, revision: number, section: number): void {
  if (!lineage) return;
  lineage.places[revision] = section;
  lineage.last = revision;
}

// A section's range in the redline's reading of a revision: the same blocks, unless the redline read
// the revision again as plain Markdown; then the blocks of the section with the same heading id.
function inReading(range: BlockRange, own: RedlineDocument, read: RedlineDocument): BlockRange | null {
  if (read === own) return range;
  const id = own.sections[own.blocks[range.start]?.section ?? NONE]?.id;
  const s = read.sections.findIndex((section) => section.id === id);
  return s === NONE ? null : (sectionRanges(read)[s] ?? null);
}

/** A section's blocks: its heading and everything up to the next heading of the same or a higher level. */
export function sectionRanges(doc: RedlineDocument): BlockRange[] {
  const ranges: BlockRange[] = doc.sections.map((section) => ({ start: section.block, end: doc.blocks.length }));
  const open: number[] = [];
  for (const [s, section] of doc.sections.entries()) {
    while (open.length > 0 && (doc.sections[open[open.length - 1] as number]?.depth ?? 0) >= section.depth) {
      (ranges[open.pop() as number] as BlockRange).end = section.block;
    }
    open.push(s);
  }
  return ranges;
}

// What a reader sees of a block: its text and marks, its structure (a heading's level, its
// containers) and its list numbering. Equal signatures read the same.
function signature(block: Block): string {
  return `${block.key}\u0000${block.structure}\u0000${block.numbering}`;
}

function sameText(older: RedlineDocument, a: BlockRange, newer: RedlineDocument, b: BlockRange): boolean {
  if (a.end - a.start !== b.end - b.start) return false;
  for (let k = 0; k < a.end - a.start; k++) {
    if (signature(older.blocks[a.start + k] as Block) !== signature(newer.blocks[b.start + k] as Block)) return false;
  }
  return true;
}

/** Each block's counterpart in the other revision of a pair (kept, edited, split, merged or moved), or -1. */
interface BlockMap {
  oldToNew: Int32Array;
  newToOld: Int32Array;
  /** 1 where the counterpart is the other place of a move. */
  movedOld: Uint8Array;
  movedNew: Uint8Array;
}

/**
 * Pair the blocks of two revisions as the redline did. The redline may have read one of them again
 * as plain Markdown (readAlike); its blocks are then matched to the revision's own by their text.
 */
function blockMap(pair: Redline, older: RedlineDocument, newer: RedlineDocument): BlockMap {
  const toOld = pair.old === older ? null : matchBlocks(pair.old, older);
  const toNew = pair.new === newer ? null : matchBlocks(pair.new, newer);
  // A block of the redline's reading as the revision's own block.
  const own = (map: Int32Array | null, index: number | undefined): number =>
    index === undefined ? NONE : map ? (map[index] ?? NONE) : index;
  const map: BlockMap = {
    oldToNew: new Int32Array(older.blocks.length).fill(NONE),
    newToOld: new Int32Array(newer.blocks.length).fill(NONE),
    movedOld: new Uint8Array(older.blocks.length),
    movedNew: new Uint8Array(newer.blocks.length),
  };
  const link = (read: number | undefined, readTo: number | undefined, moved: boolean): void => {
    const from = own(toOld, read);
    const to = own(toNew, readTo);
    if (from === NONE || to === NONE) return;
    if (map.oldToNew[from] === NONE) {
      map.oldToNew[from] = to;
      map.movedOld[from] = moved ? 1 : 0;
    }
    if (map.newToOld[to] === NONE) {
      map.newToOld[to] = from;
      map.movedNew[to] = moved ? 1 : 0;
    }
  };
  for (const unit of pair.units) {
    if (unit.type === 'equal') unit.old.forEach((from, k) => link(from, unit.new[k], false));
    else if (unit.type === 'modified') {
      for (const from of unit.old) link(from, unit.new[0], false);
      for (const to of unit.new) link(unit.old[0], to, false);
    }
  }
  for (const [from, to] of pair.moves) link(from, to, true);
  return map;
}

// Widen a section's range in one revision to the counterparts of its counterpart's blocks (moves
// aside): text that crossed its edge — split off by a heading inserted inside it, or merged in by
// a heading removed — is then shown with the heading that moved the edge.
function widen(range: BlockRange, other: BlockRange, toThis: Int32Array, moved: Uint8Array): BlockRange {
  let { start, end } = range;
  for (let b = other.start; b < other.end; b++) {
    const c = toThis[b] ?? NONE;
    if (c === NONE || moved[b]) continue;
    if (c < start) start = c;
    if (c >= end) end = c + 1;
  }
  return { start, end };
}

/** A section's own text: its heading and what follows, up to its first subsection (`range`: its sectionRanges entry). */
export function ownRange(doc: RedlineDocument, section: number, range: BlockRange): BlockRange {
  const next = doc.sections[section + 1];
  return { start: range.start, end: next && next.block < range.end ? next.block : range.end };
}

/** The sections inside a section (its subsections and theirs), in order; `ranges` are the document's sectionRanges. */
export function subsectionsOf(doc: RedlineDocument, section: number, ranges: readonly BlockRange[]): number[] {
  const end = ranges[section]?.end ?? 0;
  const inside: number[] = [];
  for (let s = section + 1; s < doc.sections.length && (doc.sections[s]?.block ?? end) < end; s++) inside.push(s);
  return inside;
}

// The number of the change that shows each block of the newer revision in the pair's redline (0 for an unchanged one).
function changesOfNewBlocks(pair: Redline, newer: RedlineDocument): Int32Array {
  const read = new Int32Array(pair.new.blocks.length);
  for (const unit of pair.units) if (unit.change > 0) for (const b of unit.new) if (read[b] === 0) read[b] = unit.change;
  if (pair.new === newer) return read;
  const toNew = matchBlocks(pair.new, newer);
  const own = new Int32Array(newer.blocks.length);
  toNew.forEach((b, r) => {
    if (b !== NONE) own[b] = read[r] ?? 0;
  });
  return own;
}

// Match the blocks of a revision read again as Markdown to its own blocks: equal text, in order.
function matchBlocks(read: RedlineDocument, own: RedlineDocument): Int32Array {
  const byKey = new Map<string, number[]>();
  for (const [index, block] of own.blocks.entries()) {
    const list = byKey.get(block.key);
    if (list) list.push(index);
    else byKey.set(block.key, [index]);
  }
  return Int32Array.from(read.blocks, (block) => byKey.get(block.key)?.shift() ?? NONE);
}

// The lineages of the other revision's sections that a range's blocks (its heading aside) came from
// or went to, in order of first appearance.
function sourcesOf(range: BlockRange, counterpart: Int32Array, other: RedlineDocument, lineageOf: number[]): number[] {
  const found: number[] = [];
  for (let b = range.start + 1; b < range.end; b++) {
    const c = counterpart[b] ?? NONE;
    const section = c === NONE ? null : other.blocks[c]?.section;
    const lineage = section === null || section === undefined ? undefined : lineageOf[section];
    if (lineage !== undefined && !found.includes(lineage)) found.push(lineage);
  }
  return found;
}

/** The longest section id, in bytes of UTF-8: it is a folder name, and file systems allow 255. */
export const MAX_ID_BYTES = 100;

// A heading's id as the policy's section id — cut to MAX_ID_BYTES, at a word where it can be — and a
// second section with the same id (a heading reused after its section was removed) takes the next
// free `-N`, as github-slugger dedupes.
function uniqueId(id: string, taken: Set<string>): string {
  const base = shortened(id) || 'section';
  let unique = base;
  for (let n = 1; taken.has(unique); n++) unique = `${base}-${n}`;
  taken.add(unique);
  return unique;
}

function shortened(id: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(id).length <= MAX_ID_BYTES) return id;
  let cut = '';
  for (const char of id) {
    if (encoder.encode(cut + char).length > MAX_ID_BYTES) break;
    cut += char;
  }
  const word = cut.lastIndexOf('-');
  return (word > MAX_ID_BYTES / 2 ? cut.slice(0, word) : cut).replace(/-+$/, '');
}
