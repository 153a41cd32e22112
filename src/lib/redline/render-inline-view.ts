import type { ElementContent, Root } from 'hast';
import { createContainerStack } from './container-stack.ts';
import { frameKeys } from './frame-keys.ts';
import { placeBlock } from './place-block.ts';
import type { RunContext } from './render-runs.ts';
import type { Redline } from './redline.ts';
import { unitBlocks } from './unit-blocks.ts';

/**
 * Render the redline as one document: unchanged and new blocks in the new revision's structure,
 * deleted blocks where they stood, each change anchored (`change-N` on its first `<ins>`/`<del>`);
 * `linkBase` is the URL the HTML will be served at, when not the page it links within.
 */
export function renderInlineView(redline: Redline, linkBase = ''): Root {
  const root: { children: ElementContent[] } = { children: [] };
  const stack = createContainerStack(root);
  const keysOf = frameKeys(redline);
  const context: RunContext = { anchor: null, idPrefix: redline.idPrefix, linkBase };
  let lastChange = 0;
  for (const unit of redline.units) {
    const starts = unit.change !== 0 && unit.change !== lastChange;
    if (starts) context.anchor = `${redline.idPrefix}change-${unit.change}`;
    lastChange = unit.change;
    for (const { side, view } of unitBlocks(unit, redline, 'inline', starts ? linkBase : null)) placeBlock(stack, view, keysOf(side, view.block.frames), context);
  }
  return { type: 'root', children: root.children };
}
