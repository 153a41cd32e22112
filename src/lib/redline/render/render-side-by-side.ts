import type { Element, Root } from 'hast';
import { ENGLISH_CUES, type RedlineCues } from '../redline-cues.ts';
import type { Block } from '../redline-document.ts';
import type { Redline, RedlineUnit } from '../redline.ts';
import { createContainerStack } from './container-stack.ts';
import { appendBlock, element, text } from './element.ts';
import { addToFold, emptyFold, FOLD, foldElement, lastIndexWhere } from './fold-unchanged.ts';
import { fragmentTargets } from './fragment-targets.ts';
import { placeBlock } from './place-block.ts';
import type { RunContext } from './render-runs.ts';
import { unitBlocks } from './unit-blocks.ts';

/**
 * Render the redline as aligned rows of old | new cells (`div.redline-row` > `div.redline-old` +
 * `div.redline-new`, plain divs a caller can lay out as a grid and stack on narrow screens). A run
 * of unchanged blocks is one row; each change is one row, anchored by its id. `linkBase` is the URL
 * the HTML will be served at, when not the page it links within. With `fold`, the middle of a long
 * unchanged run is a row of its own inside `<details class="redline-fold">`, folded on both sides
 * at once. `cues` word the text the engine adds (default: English).
 */
export function renderSideBySide(redline: Redline, linkBase = '', fold = false, cues: RedlineCues = ENGLISH_CUES): Root {
  const rows: RedlineUnit[][] = [];
  // Folded, an unchanged unit is read block by block, so that a fold can start and end between them.
  const units = fold ? redline.units.flatMap(blockByBlock) : redline.units;
  for (const unit of units) {
    const last = rows.at(-1);
    const previous = last?.at(-1);
    if (last && previous && previous.change === unit.change) last.push(unit);
    else rows.push([unit]);
  }
  const container = element('div', { className: ['redline-side-by-side'] });
  // The row carries the anchor, so the columns' contexts never hold one.
  const context = (): RunContext => ({ anchor: null, idPrefix: redline.idPrefix, linkBase, fragments, cues });
  const fragments = fragmentTargets(redline);
  const row = (units: readonly RedlineUnit[]): Element => {
    const change = units[0]?.change ?? 0;
    return element(
      'div',
      change === 0
        ? { className: ['redline-row'] }
        : { className: ['redline-row', 'redline-row-changed'], id: `${redline.idPrefix}change-${change}` },
      [column(units, redline, 'old', context()), text('\n'), column(units, redline, 'new', context())],
    );
  };
  rows.forEach((units, index) => {
    if (!fold || (units[0]?.change ?? 0) !== 0) return appendBlock(container, row(units));
    // Context: after a change (not at the start) and before the next one (not at the end).
    const from = index === 0 ? 0 : Math.min(units.length, FOLD.context);
    const to = index === rows.length - 1 ? units.length : Math.max(from, units.length - FOLD.context);
    // As inline, the heading of the section the next change is in stays in view.
    const block = (unit: RedlineUnit): Block => redline.new.blocks[unit.new[0] as number] as Block;
    // The next change's first block: its new one, or for a deletion its old one.
    const next = rows[index + 1]?.[0];
    const nextBlock = next && (redline.new.blocks[next.new[0] ?? -1] ?? redline.old.blocks[next.old[0] ?? -1]);
    const heading =
      nextBlock && nextBlock.kind !== 'heading' ? lastIndexWhere(units, from, to, (unit) => block(unit).kind === 'heading') : -1;
    const parts: Array<[number, number]> =
      heading < 0
        ? [[from, to]]
        : [
            [from, heading],
            [heading + 1, to],
          ];
    let shown = 0;
    for (const [partFrom, partTo] of parts) {
      const part = units.slice(partFrom, partTo);
      const content = emptyFold();
      for (const unit of part) for (const i of unit.new) addToFold(content, redline.new.blocks[i] as Block, redline.new);
      if (content.blocks < FOLD.minimum) continue;
      if (partFrom > shown) appendBlock(container, row(units.slice(shown, partFrom)));
      appendBlock(container, foldElement(content, [row(part)], cues));
      shown = partTo;
    }
    if (shown < units.length) appendBlock(container, row(units.slice(shown)));
  });
  return { type: 'root', children: [container] };
}

// An unchanged unit of several blocks as one unit per block (equal units pair blocks one to one).
function blockByBlock(unit: RedlineUnit): RedlineUnit[] {
  if (unit.type !== 'equal' || unit.new.length <= 1) return [unit];
  return unit.new.map((index, k) => ({ ...unit, old: [unit.old[k] as number], new: [index] }));
}

function column(units: readonly RedlineUnit[], redline: Redline, side: 'old' | 'new', context: RunContext): Element {
  const cell = element('div', { className: ['redline-side', `redline-${side}`] });
  const stack = createContainerStack(cell);
  units.forEach((unit, index) => {
    for (const { view } of unitBlocks(unit, redline, side, index === 0 ? context.linkBase : null, context.cues))
      placeBlock(
        stack,
        view,
        view.block.frames.map((frame) => `${side}${frame.id}`),
        context,
      );
  });
  return cell;
}
