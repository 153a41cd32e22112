import type { Element, ElementContent, Root } from 'hast';
import { frameKeys } from '../align/index.ts';
import { ENGLISH_CUES, type RedlineCues } from '../redline-cues.ts';
import type { Redline } from '../redline.ts';
import { createContainerStack } from './container-stack.ts';
import { addToFold, emptyFold, foldTopLevel, type FoldContent } from './fold-unchanged.ts';
import { fragmentTargets } from './fragment-targets.ts';
import { placeBlock } from './place-block.ts';
import type { RunContext } from './render-runs.ts';
import { unitBlocks } from './unit-blocks.ts';

/**
 * Render the redline as one document: unchanged and new blocks in the new revision's structure,
 * deleted blocks where they stood, each change anchored (`change-N` on its first `<ins>`/`<del>`);
 * `linkBase` is the URL the HTML will be served at, when not the page it links within. With `fold`,
 * long unchanged stretches are folded into `<details class="redline-fold">` (fold-unchanged.ts).
 * `cues` word the text the engine adds (default: English).
 */
export function renderInlineView(redline: Redline, linkBase = '', fold = false, cues: RedlineCues = ENGLISH_CUES): Root {
  const root: { children: ElementContent[] } = { children: [] };
  const stack = createContainerStack(root);
  const keysOf = frameKeys(redline);
  const context: RunContext = { anchor: null, idPrefix: redline.idPrefix, linkBase, fragments: fragmentTargets(redline), cues };
  // What each top-level element holds, and whether any of it changed: a block always goes into the
  // last top-level element, the container it opened or one still open.
  const contents = new Map<Element, FoldContent>();
  const changed = new Set<Element>();
  let lastChange = 0;
  for (const unit of redline.units) {
    const starts = unit.change !== 0 && unit.change !== lastChange;
    if (starts) context.anchor = `${redline.idPrefix}change-${unit.change}`;
    lastChange = unit.change;
    for (const { side, view } of unitBlocks(unit, redline, 'inline', starts ? linkBase : null, cues)) {
      placeBlock(stack, view, keysOf(side, view.block.frames), context);
      const top = root.children.findLast((node): node is Element => node.type === 'element');
      if (!top || !fold) continue;
      if (unit.change !== 0) changed.add(top);
      let content = contents.get(top);
      if (!content) contents.set(top, (content = emptyFold()));
      addToFold(content, view.block, side === 'old' ? redline.old : redline.new);
    }
  }
  const children = fold
    ? foldTopLevel(
        root.children,
        (node) => changed.has(node),
        (node) => contents.get(node) ?? emptyFold(),
        cues,
      )
    : root.children;
  return { type: 'root', children };
}
