// The history of every section of a policy, followed through its revisions by the redline engine's
// alignment of each revision with the next: a section keeps its identity when its heading is kept,
// edited, renumbered, restyled or moved, because the engine pairs those headings.

import { excerptRedline, type Block, type BlockRange, type Redline, type RedlineDocument } from '../redline/index.ts';

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
  /** Its blocks in the older and the newer revision: what its own redline shows. */
  ranges: { old: BlockRange | null; new: BlockRange | null };
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
  /** A stable id: its heading's id in the revision it first appeared in, made unique among the policy's sections. */
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

    // What happened to each section in this pair.
    const continued = new Set<number>();
    for (const [t, lineage] of now.entries()) {
      const entry = lineages[lineage] as SectionLineage;
      place(entry, revision, t);
      const s = counterpart[t] as number;
      if (s === NONE) {
        const related = sourcesOf(newRanges[t] as BlockRange, map.newToOld, older, before);
        entry.changes.push(
          change(pair, older, newer, revision, 'appeared', null, t, { old: null, new: newRanges[t] as BlockRange }, related),
        );
        continue;
      }
      continued.add(s);
      const ranges = { old: oldRanges[s] as BlockRange, new: newRanges[t] as BlockRange };
      if (sameText(older, ranges.old, newer, ranges.new)) continue;
      const made = change(pair, older, newer, revision, 'changed', s, t, ranges, []);
      made.renamed = older.sections[s]?.title !== newer.sections[t]?.title;
      made.relevelled = older.sections[s]?.depth !== newer.sections[t]?.depth;
      entry.changes.push(made);
    }
    for (const [s, lineage] of before.entries()) {
      if (continued.has(s)) continue;
      const related = sourcesOf(oldRanges[s] as BlockRange, map.oldToNew, newer, now);
      (lineages[lineage] as SectionLineage).changes.push(
        change(pair, older, newer, revision, 'removed', s, null, { old: oldRanges[s] as BlockRange, new: null }, related),
      );
    }

    // Since when each block reads as it does: as long as it is paired with an identical block.
    const previousSince = since[i] as number[];
    const previousOrigin = origin[i] as number[];
    const kept = newer.blocks.map((block, j) => {
      const from = map.newToOld[j] ?? NONE;
      return from !== NONE && signature(older.blocks[from] as Block) === signature(block) ? from : NONE;
    });
    since.push(kept.map((from) => (from === NONE ? revision : (previousSince[from] as number))));
    origin.push(kept.map((from, j) => (from === NONE ? j : (previousOrigin[from] as number))));
  }
  return { lineages, lineageOf, since, origin };
}

function place(lineage: SectionLineage | undefined, revision: number, section: number): void {
  if (!lineage) return;
  lineage.places[revision] = section;
  lineage.last = revision;
}

function change(
  pair: Redline,
  older: RedlineDocument,
  newer: RedlineDocument,
  revision: number,
  kind: SectionChange['kind'],
  from: number | null,
  to: number | null,
  ranges: SectionChange['ranges'],
  related: number[],
): SectionChange {
  const excerpt = excerptRedline(pair, {
    old: ranges.old && inReading(ranges.old, older, pair.old),
    new: ranges.new && inReading(ranges.new, newer, pair.new),
  });
  return {
    revision,
    kind,
    from,
    to,
    ranges,
    wordsAdded: excerpt.stats.wordsInserted,
    wordsRemoved: excerpt.stats.wordsDeleted,
    firstChange: excerpt.units.find((unit) => unit.change > 0)?.change ?? 0,
    renamed: false,
    relevelled: false,
    related,
  };
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
}

/**
 * Pair the blocks of two revisions as the redline did. The redline may have read one of them again
 * as plain Markdown (readAlike); its blocks are then matched to the revision's own by their text.
 */
function blockMap(pair: Redline, older: RedlineDocument, newer: RedlineDocument): BlockMap {
  const oldToNew = new Int32Array(pair.old.blocks.length).fill(NONE);
  const newToOld = new Int32Array(pair.new.blocks.length).fill(NONE);
  const link = (from: number | undefined, to: number | undefined): void => {
    if (from === undefined || to === undefined) return;
    if (oldToNew[from] === NONE) oldToNew[from] = to;
    if (newToOld[to] === NONE) newToOld[to] = from;
  };
  for (const unit of pair.units) {
    if (unit.type === 'equal') unit.old.forEach((from, k) => link(from, unit.new[k]));
    else if (unit.type === 'modified') {
      for (const from of unit.old) link(from, unit.new[0]);
      for (const to of unit.new) link(unit.old[0], to);
    }
  }
  for (const [from, to] of pair.moves) link(from, to);
  const toOld = pair.old === older ? null : matchBlocks(pair.old, older);
  const toNew = pair.new === newer ? null : matchBlocks(pair.new, newer);
  if (!toOld && !toNew) return { oldToNew, newToOld };
  // Re-index both directions onto the revisions' own blocks.
  const own: BlockMap = {
    oldToNew: new Int32Array(older.blocks.length).fill(NONE),
    newToOld: new Int32Array(newer.blocks.length).fill(NONE),
  };
  const at = (map: Int32Array | null, index: number): number => (index === NONE ? NONE : map ? (map[index] ?? NONE) : index);
  oldToNew.forEach((to, from) => {
    const a = at(toOld, from);
    if (a !== NONE) own.oldToNew[a] = at(toNew, to);
  });
  newToOld.forEach((from, to) => {
    const b = at(toNew, to);
    if (b !== NONE) own.newToOld[b] = at(toOld, from);
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

// A heading's id as the policy's section id; a second section with the same id (a heading reused
// after its section was removed) takes the next free `-N`, as github-slugger dedupes.
function uniqueId(id: string, taken: Set<string>): string {
  const base = id || 'section';
  let unique = base;
  for (let n = 1; taken.has(unique); n++) unique = `${base}-${n}`;
  taken.add(unique);
  return unique;
}
