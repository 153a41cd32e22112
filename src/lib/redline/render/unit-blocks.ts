import type { Element } from 'hast';
import { restyleNote } from '../align/index.ts';
import { ENGLISH_CUES, type RedlineCues } from '../redline-cues.ts';
import type { Block, Token } from '../redline-document.ts';
import type { Redline, RedlineUnit } from '../redline.ts';
import { element, text } from './element.ts';
import type { BlockView } from './render-block.ts';
import { splitOps } from './split-ops.ts';
import type { Item } from './split-ops.ts';

/** Which revision a view shows: both interleaved (inline), or one column of the side-by-side view. */
export type ViewSide = 'inline' | 'old' | 'new';

/** A block to render, with the revision it comes from. */
export interface PlacedBlock {
  side: 'old' | 'new';
  view: BlockView;
}

const CLASSES: Record<RedlineUnit['type'], string[]> = {
  equal: [],
  inserted: ['redline-inserted'],
  deleted: ['redline-deleted'],
  modified: ['redline-modified'],
  'moved-from': ['redline-moved', 'redline-moved-from'],
  'moved-to': ['redline-moved', 'redline-moved-to'],
};

/**
 * List the blocks a unit shows in a view, with their tokens' ops, classes, heading ids and move link
 * (`linkBase`: give this unit the link, pointing there; null: no link), the link and notes worded by
 * `cues` (default: English).
 */
export function unitBlocks(
  unit: RedlineUnit,
  redline: Redline,
  side: ViewSide,
  linkBase: string | null,
  cues: RedlineCues = ENGLISH_CUES,
): PlacedBlock[] {
  const showsOld = side !== 'new';
  const showsNew = side !== 'old';
  const olds = unit.old.map((index) => redline.old.blocks[index] as Block);
  const news = unit.new.map((index) => redline.new.blocks[index] as Block);
  const link = linkBase === null ? null : moveLink(unit, redline.idPrefix, linkBase, cues);
  const newId = (block: Block): string | null =>
    block.kind === 'heading' && block.section !== null ? (redline.headingIds.new[block.section] ?? null) : null;
  const make = (
    blockSide: 'old' | 'new',
    block: Block,
    items: Item[],
    whole: BlockView['whole'],
    id: string | null,
    note: string | null = null,
  ): PlacedBlock => ({
    side: blockSide,
    view: {
      block,
      items,
      whole,
      className: note ? [...CLASSES[unit.type], 'redline-restyled'] : CLASSES[unit.type],
      id,
      bare: isBare(block),
      link,
      note,
    },
  });
  switch (unit.type) {
    case 'equal':
      if (side === 'old') return olds.map((block) => make('old', block, equal(block.tokens), null, null));
      return news.map((block) => make('new', block, equal(block.tokens), null, newId(block)));
    case 'inserted':
    case 'moved-to': {
      const block = news[0];
      if (!showsNew || !block) return [];
      const kind = unit.type === 'inserted' ? 'insert' : 'moved-to';
      // A near-equal move shows its own edits inside the moved block.
      const items = unit.ops ? (splitOps(unit.ops, side, exactSpace(block))[0] ?? []) : equal(block.tokens);
      return [make('new', block, items, kind, newId(block))];
    }
    case 'deleted':
    case 'moved-from': {
      const block = olds[0];
      if (!showsOld || !block) return [];
      return [make('old', block, equal(block.tokens), unit.type === 'deleted' ? 'delete' : 'moved-from', unit.headingId)];
    }
    case 'modified': {
      const parts = splitOps(unit.ops ?? [], side, news.some(exactSpace));
      const blocks = side === 'old' ? olds : news;
      // Paired blocks whose level, nesting or list number differ (a heading moved from ### to ##) say so.
      const note = restyleNote(olds, news[0], cues);
      return blocks.map((block, index) =>
        make(
          side === 'old' ? 'old' : 'new',
          block,
          parts[index] ?? [],
          null,
          side === 'old' ? null : newId(block),
          index === 0 ? note : null,
        ),
      );
    }
  }
}

function equal(tokens: readonly Token[]): Item[] {
  return tokens.map((token) => ({ op: 'equal', token }));
}

// Code, raw HTML and MDX source keep their whitespace exactly: there, it is content.
function exactSpace(block: Block): boolean {
  return block.kind === 'code' || block.kind === 'html' || block.kind === 'mdx';
}

function isBare(block: Block): boolean {
  const frame = block.frames.at(-1);
  return block.kind === 'paragraph' && frame?.type === 'listItem' && !frame.spread;
}

function moveLink(unit: RedlineUnit, idPrefix: string, linkBase: string, cues: RedlineCues): Element | null {
  if ((unit.type !== 'moved-from' && unit.type !== 'moved-to') || unit.partner === 0) return null;
  const later = unit.partner > unit.change;
  const label =
    unit.type === 'moved-from' ? (later ? cues.movedBelow : cues.movedAbove) : later ? cues.movedFromBelow : cues.movedFromAbove;
  return element('a', { className: ['redline-cue', 'redline-move-link'], href: `${linkBase}#${idPrefix}change-${unit.partner}` }, [
    text(label),
  ]);
}
