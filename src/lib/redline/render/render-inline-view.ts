import type { ElementContent, Root } from 'hast';
import { frameKeys } from '../align/index.ts';
import type { Redline } from '../redline.ts';
import { changeSteps } from './change-steps.ts';
import { createContainerStack } from './container-stack.ts';
import { element, text } from './element.ts';
import { fragmentTargets } from './fragment-targets.ts';
import { placeBlock } from './place-block.ts';
import type { RunContext } from './render-runs.ts';
import { unitBlocks } from './unit-blocks.ts';

/**
 * Render the redline as one document: unchanged and new blocks in the new revision's structure,
 * deleted blocks where they stood, each change anchored (`change-N` on its first `<ins>`/`<del>`);
 * `linkBase` is the URL the HTML will be served at, when not the page it links within; with `steps`,
 * the first block of each change ends with links to the previous and next change.
 */
export function renderInlineView(redline: Redline, linkBase = '', steps = false): Root {
  const root: { children: ElementContent[] } = { children: [] };
  const stack = createContainerStack(root);
  const keysOf = frameKeys(redline);
  const context: RunContext = { anchor: null, idPrefix: redline.idPrefix, linkBase, fragments: fragmentTargets(redline) };
  let lastChange = 0;
  for (const unit of redline.units) {
    const starts = unit.change !== 0 && unit.change !== lastChange;
    if (starts) context.anchor = `${redline.idPrefix}change-${unit.change}`;
    lastChange = unit.change;
    const placed = unitBlocks(unit, redline, 'inline', starts ? linkBase : null);
    const first = placed[0]?.view;
    if (starts && steps && first) {
      const nav = changeSteps(unit.change, redline.stats.changes, redline.idPrefix, linkBase);
      first.link = first.link ? element('span', {}, [first.link, text(' '), nav]) : nav;
    }
    for (const { side, view } of placed) placeBlock(stack, view, keysOf(side, view.block.frames), context);
  }
  return { type: 'root', children: root.children };
}
