import type { Table } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../src/lib/redline/parse-markdown.ts';
import { tableRowTokens } from '../../../src/lib/redline/table-row-tokens.ts';
import type { InlineNode } from '../../../src/lib/redline/tokenize-inline.ts';

const cellsOf = (markdown: string, row: number): InlineNode[] => {
  const table = parseMarkdown(markdown, false).tree.children[0] as Table;
  return table.children[row]?.children as unknown as InlineNode[];
};
const show = (markdown: string, row: number, columns: number): string =>
  tableRowTokens(cellsOf(markdown, row), columns, { definitions: new Map(), source: markdown })
    .map((token) => (token.kind === 'cell' ? '|' : token.text))
    .join('');

describe('tableRowTokens', () => {
  test('cuts a row to the column count and pads a short one, as GFM shows it', () => {
    const table = '| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |';
    expect(show(table, 1, 2)).toBe('|1|2');
    expect(show(table, 2, 2)).toBe('|4|');
  });
});
