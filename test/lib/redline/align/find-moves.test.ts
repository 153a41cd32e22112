import { describe, expect, test } from 'vitest';
import { findExactMoves, findNearMoves } from '../../../../src/lib/redline/align/find-moves.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';

const blocks = (markdown: string) => parseDocument(markdown).blocks;

describe('findExactMoves', () => {
  test('pairs identical leftover blocks in document order', () => {
    const olds = parseDocument('Moved paragraph one.\n\nMoved paragraph one.\n\nGone.');
    const news = parseDocument('Moved paragraph one.\n\nNew.');
    expect(findExactMoves(olds, news, [0, 1, 2], [0, 1], 1)).toEqual([{ old: 0, new: 0 }]);
  });

  test('never moves a block without words', () => {
    expect(findExactMoves(parseDocument('---'), parseDocument('---'), [0], [0], 1)).toEqual([]);
  });

  test('moves a short block only under the same heading', () => {
    const olds = parseDocument('## Fees\n\nNone.\n\n## Refunds\n\nAsk.\n\nAll of the time, really.');
    const news = parseDocument('## Fees\n\nAsk.\n\nAll of the time, really.\n\n## Refunds\n\nNone.');
    // "None." (1 word) went to another section: no move. "All of the time, really." (5 words) moves anywhere.
    expect(findExactMoves(olds, news, [1, 4], [1, 2, 4], 4)).toEqual([{ old: 4, new: 2 }]);
    // Under the same heading a short block still moves.
    const reordered = parseDocument('## Fees\n\n- None.\n- Some.');
    expect(findExactMoves(reordered, parseDocument('## Fees\n\n- Some.\n- None.'), [1], [2], 4)).toEqual([{ old: 1, new: 2 }]);
  });
});

describe('findNearMoves', () => {
  const options = { threshold: 0.8, minWords: 6, maxCells: 100 };

  test('pairs nearly identical leftovers, most similar first', () => {
    const olds = blocks('You may ask for a copy of your data at any time.');
    const news = blocks('Something else entirely that is long enough.\n\nYou may ask for a copy of your personal data at any time.');
    expect(findNearMoves(olds, news, [0], [0, 1], options)).toEqual([{ old: 0, new: 1 }]);
  });

  test('returns null once comparing leftovers spends the word budget', () => {
    const long = Array.from({ length: 500 }, (_, i) => `w${i % 40}`).join(' ');
    const olds = blocks(`${long}\n\n${long} x`);
    const news = blocks(`${long} y\n\n${long} z`);
    expect(findNearMoves(olds, news, [0, 1], [0, 1], { ...options, budget: { left: 2_500 } })).toBeNull();
    expect(findNearMoves(olds, news, [0, 1], [0, 1], { ...options, budget: { left: 10_000 } })).toHaveLength(2);
  });

  test('ignores short blocks and returns null past the bound', () => {
    expect(findNearMoves(blocks('Yes we do.'), blocks('Yes we do!'), [0], [0], options)).toEqual([]);
    const many = blocks(Array.from({ length: 11 }, (_, i) => `Paragraph number ${i} has enough words in it.`).join('\n\n'));
    expect(
      findNearMoves(
        many,
        many,
        many.map((_, i) => i),
        many.map((_, i) => i),
        options,
      ),
    ).toBeNull();
  });
});
