import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { createContainerStack } from '../../../../src/lib/redline/render/container-stack.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { placeBlock } from '../../../../src/lib/redline/render/place-block.ts';
import type { BlockView } from '../../../../src/lib/redline/render/render-block.ts';
import type { Block } from '../../../../src/lib/redline/index.ts';

const view = (block: Block, className: string[] = []): BlockView => ({
  block,
  items: block.tokens.map((token) => ({ op: 'equal', token })),
  whole: null,
  className,
  id: null,
  bare: block.frames.at(-1)?.type === 'listItem',
  link: null,
  note: null,
});

describe('placeBlock', () => {
  test('puts a tight item paragraph straight into its <li>, which takes the block class', () => {
    const root: { children: ElementContent[] } = { children: [] };
    const stack = createContainerStack(root);
    const [one, two] = parseDocument('- one\n- two').blocks as [Block, Block];
    placeBlock(stack, view(one), ['l', 'a'], { anchor: null, idPrefix: '', linkBase: '' });
    placeBlock(stack, view(two, ['redline-inserted']), ['l', 'b'], { anchor: null, idPrefix: '', linkBase: '' });
    expect(toHtml({ type: 'root', children: root.children })).toBe('<ul><li>one</li>\n<li class="redline-inserted">two</li></ul>');
  });

  test('takes the class off an item once it holds a block that fared otherwise', () => {
    const root: { children: ElementContent[] } = { children: [] };
    const stack = createContainerStack(root);
    const [line, nested] = parseDocument('- deleted line\n  - kept sub-item').blocks as [Block, Block];
    const context = { anchor: null, idPrefix: '', linkBase: '' };
    placeBlock(stack, view(line, ['redline-deleted']), ['l', 'a'], context);
    expect(toHtml({ type: 'root', children: root.children })).toContain('<li class="redline-deleted">');
    placeBlock(stack, view(nested), ['l', 'a', 'm', 'b'], context);
    expect(toHtml({ type: 'root', children: root.children })).toBe('<ul><li>deleted line\n<ul><li>kept sub-item</li></ul></li></ul>');
  });
});
