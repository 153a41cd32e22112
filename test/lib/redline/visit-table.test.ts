import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';

// visitTable runs inside flattenBlocks; a parsed document shows the rows it added.
describe('visitTable', () => {
  test('adds the rows in one table frame, the first as the header, each as wide as the header', () => {
    const { blocks } = parseDocument('| a | b |\n|:-|-:|\n| 1 |\n| 2 | 3 | 4 |');
    expect(blocks.map((block) => [block.header, block.tokens.filter((token) => token.kind === 'cell').length])).toEqual([
      [true, 2],
      [false, 2],
      [false, 2],
    ]);
    expect(new Set(blocks.map((block) => block.frames[0]))).toHaveProperty('size', 1);
    expect(blocks[0]?.frames[0]).toMatchObject({ type: 'table', align: ['left', 'right'] });
  });
});
