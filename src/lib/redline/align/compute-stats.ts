import type { Block, RedlineDocument } from '../redline-document.ts';
import type { HeadingIds, RedlineStats, RedlineUnit, SectionStats, TokenOp } from '../redline.ts';

/**
 * Count words and blocks changed, overall and per heading section. A change belongs to the section
 * it is read in: the last heading shown before it (a new heading, or a removed one for changes
 * under a removed heading). Exactly moved words are neither inserted nor deleted.
 */
export function computeStats(
  units: readonly RedlineUnit[],
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
  context: { idPrefix: string; headingIds: HeadingIds; reasons: readonly string[]; readAsMarkdown: 'old' | 'new' | null },
): RedlineStats {
  const { idPrefix, headingIds, reasons } = context;
  const stats: RedlineStats = {
    wordsInserted: 0,
    wordsDeleted: 0,
    blocksInserted: 0,
    blocksDeleted: 0,
    blocksModified: 0,
    blocksMoved: 0,
    changes: 0,
    sections: [],
    fallback: reasons.length > 0,
    fallbackReasons: [...reasons],
    readAsMarkdown: context.readAsMarkdown,
  };
  let current: { id: string | null; title: string } = { id: null, title: '' };
  let section: SectionStats | null = null;
  const counted = new Set<string>();
  for (const unit of units) {
    const heading = lastHeading(unit, oldDoc, newDoc, headingIds);
    if (heading) current = heading;
    if (unit.change === 0) continue;
    const [inserted, deleted] = countWords(unit, oldDoc, newDoc);
    stats.wordsInserted += inserted;
    stats.wordsDeleted += deleted;
    if (unit.type === 'inserted') stats.blocksInserted++;
    else if (unit.type === 'deleted') stats.blocksDeleted++;
    else if (unit.type === 'modified') stats.blocksModified++;
    else if (unit.type === 'moved-to') stats.blocksMoved++;
    if (section === null || section.id !== current.id || section.title !== current.title) {
      section = {
        id: current.id,
        title: current.title,
        wordsInserted: 0,
        wordsDeleted: 0,
        changes: 0,
        firstChangeId: `${idPrefix}change-${unit.change}`,
      };
      stats.sections.push(section);
    }
    section.wordsInserted += inserted;
    section.wordsDeleted += deleted;
    const key = `${stats.sections.length}:${unit.change}`;
    if (!counted.has(key)) {
      counted.add(key);
      section.changes++;
    }
  }
  stats.changes = units.reduce((max, unit) => Math.max(max, unit.change), 0);
  return stats;
}

function lastHeading(
  unit: RedlineUnit,
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
  headingIds: HeadingIds,
): { id: string | null; title: string } | null {
  if (unit.type === 'deleted' || unit.type === 'moved-from') {
    const block = oldDoc.blocks[unit.old[0] ?? -1];
    const found = block?.kind === 'heading' && block.section !== null ? oldDoc.sections[block.section] : undefined;
    return found ? { id: unit.headingId, title: found.title } : null;
  }
  for (let k = unit.new.length - 1; k >= 0; k--) {
    const block = newDoc.blocks[unit.new[k] ?? -1] as Block;
    const found = block.kind === 'heading' && block.section !== null ? newDoc.sections[block.section] : undefined;
    if (found && block.section !== null) return { id: headingIds.new[block.section] ?? null, title: found.title };
  }
  return null;
}

function countWords(unit: RedlineUnit, oldDoc: RedlineDocument, newDoc: RedlineDocument): [inserted: number, deleted: number] {
  if (unit.ops) return [opWords(unit.ops, 'insert'), opWords(unit.ops, 'delete')];
  if (unit.type === 'inserted') return [sum(unit.new, newDoc), 0];
  if (unit.type === 'deleted') return [0, sum(unit.old, oldDoc)];
  return [0, 0];
}

function opWords(ops: readonly TokenOp[], kind: 'insert' | 'delete'): number {
  let words = 0;
  for (const op of ops) if (op.op === kind) for (const token of op.tokens) if (token.kind === 'word') words++;
  return words;
}

function sum(indices: readonly number[], doc: RedlineDocument): number {
  return indices.reduce((total, index) => total + (doc.blocks[index]?.words ?? 0), 0);
}
