import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { renderBlock } from '../../../../src/lib/redline/render/render-block.ts';
import type { BlockView } from '../../../../src/lib/redline/render/render-block.ts';
import type { Block } from '../../../../src/lib/redline/index.ts';

const view = (block: Block, overrides: Partial<BlockView> = {}): BlockView => ({
  block,
  items: block.tokens.map((token) => ({ op: 'equal', token })),
  whole: null,
  className: [],
  id: null,
  bare: false,
  link: null,
  note: null,
  ...overrides,
});
const html = (nodes: ElementContent[]): string => toHtml({ type: 'root', children: nodes });

describe('renderBlock', () => {
  test.each([
    ['## Payment', 'heading', '<h2 id="payment">Payment</h2>'],
    ['Text *here*.', 'paragraph', '<p>Text <em>here</em>.</p>'],
    ['```js\nx < 1\n```', 'code', '<pre><code class="language-js">x &#x3C; 1</code></pre>'],
    [
      '<div onclick="x()">hi</div>',
      'html',
      '<pre class="redline-source redline-html"><code>&#x3C;div onclick="x()">hi&#x3C;/div></code></pre>',
    ],
    ['---', 'thematicBreak', '<hr>'],
  ])('renders %j as its own element (%s)', (markdown, kind, expected) => {
    const block = parseDocument(markdown, { mdx: false }).blocks[0] as Block;
    expect(block.kind).toBe(kind);
    expect(
      html(renderBlock(view(block, { id: kind === 'heading' ? 'payment' : null }), null, { anchor: null, idPrefix: '', linkBase: '' })),
    ).toBe(expected);
  });

  test('puts a whole inserted block inside the element, per cell for a row', () => {
    const [, row] = parseDocument('| a | b |\n| - | - |\n| 1 | 2 |').blocks as [Block, Block];
    const out = html(
      renderBlock(view(row, { whole: 'insert' }), row.frames[0] ?? null, { anchor: 'change-1', idPrefix: '', linkBase: '' }),
    );
    expect(out).toBe(
      '<tr><td><ins id="change-1"><span class="redline-cue">inserted: </span>1</ins></td>\n<td><ins><span class="redline-cue">inserted: </span>2</ins></td></tr>',
    );
  });

  test('wraps a whole deleted rule, which has no text of its own', () => {
    const block = parseDocument('***').blocks[0] as Block;
    expect(html(renderBlock(view(block, { whole: 'delete' }), null, { anchor: null, idPrefix: '', linkBase: '' }))).toBe(
      '<del><span class="redline-cue">deleted: </span><hr></del>',
    );
  });

  test('leaves a tight list item paragraph bare and appends the move link', () => {
    const block = parseDocument('- Moved item').blocks[0] as Block;
    const link = { type: 'element' as const, tagName: 'a', properties: { href: '#change-2' }, children: [] };
    expect(
      html(renderBlock(view(block, { bare: true, whole: 'moved-from', link }), null, { anchor: null, idPrefix: '', linkBase: '' })),
    ).toBe('<del class="redline-moved"><span class="redline-cue">deleted (moved away): </span>Moved item</del> <a href="#change-2"></a>');
  });

  test('marks an added or removed empty cell with an empty <ins>/<del>, which takes the anchor', () => {
    const [row] = parseDocument('| a | |\n| - | - |').blocks as [Block];
    const [cell, a, emptyCell] = row.tokens as [Block['tokens'][number], Block['tokens'][number], Block['tokens'][number]];
    const items = [
      { op: 'equal' as const, token: cell },
      { op: 'equal' as const, token: a },
      { op: 'insert' as const, token: emptyCell },
    ];
    const context = { anchor: 'change-2', idPrefix: '', linkBase: '' };
    expect(html(renderBlock(view(row, { items }), row.frames[0] ?? null, context))).toBe(
      '<tr><th>a</th>\n<th class="redline-inserted"><ins id="change-2"><span class="redline-cue">inserted: </span></ins></th></tr>',
    );
    expect(context.anchor).toBeNull();
    const deleted = html(renderBlock(view(row, { whole: 'delete' }), row.frames[0] ?? null, { anchor: null, idPrefix: '', linkBase: '' }));
    expect(deleted).toContain('<th><del><span class="redline-cue">deleted: </span></del></th>');
  });
});
