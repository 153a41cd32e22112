import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';

// visitList runs inside flattenBlocks; a parsed document shows what it queued.
describe('visitList', () => {
  test('numbers ordered items from the list start and flags each item first block', () => {
    const { blocks } = parseDocument('3. Fees\n\n   More on fees.\n4. Refunds\n   1. Within 30 days\n- bullet');
    expect(blocks.map((block) => [block.numbering, block.numbered])).toEqual([
      ['3', true],
      ['3', false],
      ['4', true],
      ['4.1', true],
      ['', false],
    ]);
  });

  test('still makes an empty item a block', () => {
    const { blocks } = parseDocument('-\n- b');
    expect(blocks.map((block) => block.tokens.map((token) => token.kind))).toEqual([[], ['word']]);
  });
});
