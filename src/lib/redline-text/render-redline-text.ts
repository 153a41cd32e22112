import type { Block, Redline, RedlineUnit } from '../redline/index.ts';
import { visibleControls } from '../text/visible-controls.ts';
import { blockPrefix, tokensText } from './block-text.ts';
import { textMarks, type MarkStyle } from './text-marks.ts';

/** How `renderRedlineText` writes a redline. */
export interface TextOptions {
  /** `ansi` (a terminal), `plain` (`{+…+}`/`[-…-]`) or `critic` (CriticMarkup, for Markdown). Default: 'plain'. */
  marks?: MarkStyle;
  /** `changes`: only the changed blocks, each under its section heading; `full`: the whole document. Default: 'changes'. */
  show?: 'changes' | 'full';
}

/**
 * Write a redline as text, one line per block, insertions and deletions marked in the chosen style.
 * The policy's control and bidirectional characters are shown as escapes, never written as they are.
 */
export function renderRedlineText(redline: Redline, options: TextOptions = {}): string {
  const marks = textMarks(options.marks ?? 'plain');
  const full = (options.show ?? 'changes') === 'full';
  const lines: string[] = [];
  let lastSection: string | null = null;
  for (const unit of redline.units) {
    if (unit.type === 'equal') {
      if (full) for (const index of unit.new) lines.push(line(redline.new.blocks[index]));
      continue;
    }
    if (!full) {
      const section = sectionOf(redline, unit);
      if (section !== lastSection) lines.push('', marks.note(`§ ${section || '(before the first heading)'}`));
      lastSection = section;
    }
    lines.push(...unitLines(redline, unit, marks));
  }
  return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}

function unitLines(redline: Redline, unit: RedlineUnit, marks: ReturnType<typeof textMarks>): string[] {
  const olds = unit.old.map((i) => redline.old.blocks[i] as Block);
  const news = unit.new.map((i) => redline.new.blocks[i] as Block);
  const tag = marks.note(`[${unit.change}] `);
  switch (unit.type) {
    case 'inserted':
    case 'moved-to': {
      const block = news[0] as Block;
      const note = unit.type === 'moved-to' ? marks.note(` (moved here from change ${unit.partner})`) : '';
      const text = unit.ops ? opsText(unit.ops, marks) : marks.insert(tokensText(block.tokens));
      return [`${tag}${blockPrefix(block)}${unit.ops ? marks.insert(text) : text}${note}`];
    }
    case 'deleted':
    case 'moved-from': {
      const block = olds[0] as Block;
      const note = unit.type === 'moved-from' ? marks.note(` (moved to change ${unit.partner})`) : '';
      return [`${tag}${blockPrefix(block)}${marks.delete(tokensText(block.tokens))}${note}`];
    }
    default: {
      const prefix = blockPrefix(news[0] ?? (olds[0] as Block));
      return opsText(unit.ops ?? [], marks)
        .split('\n')
        .map((text, i) => `${i === 0 ? tag : ' '.repeat(String(unit.change).length + 3)}${prefix}${text}`);
    }
  }
}

function opsText(ops: NonNullable<RedlineUnit['ops']>, marks: ReturnType<typeof textMarks>): string {
  return ops
    .map(({ op, tokens }) =>
      op === 'equal' ? tokensText(tokens) : op === 'insert' ? marks.insert(tokensText(tokens)) : marks.delete(tokensText(tokens)),
    )
    .join('');
}

function line(block: Block | undefined): string {
  return block ? `${blockPrefix(block)}${tokensText(block.tokens)}` : '';
}

function sectionOf(redline: Redline, unit: RedlineUnit): string {
  const fromNew = unit.new[0] !== undefined ? redline.new.blocks[unit.new[0]] : undefined;
  const block = fromNew ?? (unit.old[0] !== undefined ? redline.old.blocks[unit.old[0]] : undefined);
  const document = fromNew ? redline.new : redline.old;
  return visibleControls(block && block.section !== null ? (document.sections[block.section]?.title ?? '') : '');
}
