import type { Element, Root } from 'hast';
import type { Redline, RedlineUnit } from '../redline.ts';
import { changeSteps } from './change-steps.ts';
import { createContainerStack } from './container-stack.ts';
import { appendBlock, element, text } from './element.ts';
import { fragmentTargets } from './fragment-targets.ts';
import { placeBlock } from './place-block.ts';
import type { RunContext } from './render-runs.ts';
import { unitBlocks } from './unit-blocks.ts';

/**
 * Render the redline as aligned rows of old | new cells (`div.redline-row` > `div.redline-old` +
 * `div.redline-new`, plain divs a caller can lay out as a grid and stack on narrow screens). A run
 * of unchanged blocks is one row; each change is one row, anchored by its id. `linkBase` is the URL
 * the HTML will be served at, when not the page it links within; with `steps`, each changed row ends
 * with links to the previous and next change.
 */
export function renderSideBySide(redline: Redline, linkBase = '', steps = false): Root {
  const rows: RedlineUnit[][] = [];
  for (const unit of redline.units) {
    const last = rows.at(-1);
    const previous = last?.at(-1);
    if (last && previous && previous.change === unit.change) last.push(unit);
    else rows.push([unit]);
  }
  const container = element('div', { className: ['redline-side-by-side'] });
  // The row carries the anchor, so the columns' contexts never hold one.
  const context = (): RunContext => ({ anchor: null, idPrefix: redline.idPrefix, linkBase, fragments });
  const fragments = fragmentTargets(redline);
  for (const units of rows) {
    const change = units[0]?.change ?? 0;
    const row = element(
      'div',
      change === 0
        ? { className: ['redline-row'] }
        : { className: ['redline-row', 'redline-row-changed'], id: `${redline.idPrefix}change-${change}` },
      [column(units, redline, 'old', context()), text('\n'), column(units, redline, 'new', context())],
    );
    if (steps && change !== 0)
      row.children.push(
        text('\n'),
        element('div', { className: ['redline-row-steps'] }, [changeSteps(change, redline.stats.changes, redline.idPrefix, linkBase)]),
      );
    appendBlock(container, row);
  }
  return { type: 'root', children: [container] };
}

function column(units: readonly RedlineUnit[], redline: Redline, side: 'old' | 'new', context: RunContext): Element {
  const cell = element('div', { className: ['redline-side', `redline-${side}`] });
  const stack = createContainerStack(cell);
  units.forEach((unit, index) => {
    for (const { view } of unitBlocks(unit, redline, side, index === 0 ? context.linkBase : null))
      placeBlock(
        stack,
        view,
        view.block.frames.map((frame) => `${side}${frame.id}`),
        context,
      );
  });
  return cell;
}
