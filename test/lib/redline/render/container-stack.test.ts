import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { createContainerStack } from '../../../../src/lib/redline/render/container-stack.ts';
import { element, text } from '../../../../src/lib/redline/render/element.ts';
import type { Frame } from '../../../../src/lib/redline/index.ts';

const list: Frame = { type: 'list', id: 1, ordered: true };
const item = (id: number, ordinal: number): Frame => ({ type: 'listItem', id, ordinal, spread: false });
const table: Frame = { type: 'table', id: 9, align: [] };

describe('createContainerStack', () => {
  test('shares containers between blocks with the same keys and opens new ones otherwise', () => {
    const root: { children: ElementContent[] } = { children: [] };
    const stack = createContainerStack(root);
    stack.place([list, item(2, 1)], ['a', 'b']).parent.children.push(text('one'));
    stack.place([list, item(3, 2)], ['a', 'c']).parent.children.push(text('two'));
    stack.place([], []).parent.children.push(element('p', {}, [text('after')]));
    expect(toHtml({ type: 'root', children: root.children })).toBe('<ol><li value="1">one</li>\n<li value="2">two</li></ol><p>after</p>');
  });

  test('puts header rows in <thead> and others in <tbody>, never a header after the body', () => {
    const root: { children: ElementContent[] } = { children: [] };
    const stack = createContainerStack(root);
    stack.place([table], ['t'], true).parent.children.push(element('tr'));
    stack.place([table], ['t'], false).parent.children.push(element('tr'));
    stack.place([table], ['t'], true).parent.children.push(element('tr'));
    expect(toHtml({ type: 'root', children: root.children })).toBe(
      '<table><thead><tr></tr></thead>\n<tbody><tr></tr><tr></tr></tbody></table>',
    );
  });

  test('tells which container was opened for the block', () => {
    const stack = createContainerStack({ children: [] });
    expect(stack.place([list, item(2, 1)], ['a', 'b']).opened?.tagName).toBe('li');
    expect(stack.place([list, item(2, 1)], ['a', 'b']).opened).toBeNull();
  });

  test('tells which containers the block shares with the blocks before it', () => {
    const stack = createContainerStack({ children: [] });
    expect(stack.place([list, item(2, 1)], ['a', 'b']).shared).toEqual([]);
    expect(stack.place([list, item(3, 2)], ['a', 'c']).shared.map((element) => element.tagName)).toEqual(['ol']);
  });
});
