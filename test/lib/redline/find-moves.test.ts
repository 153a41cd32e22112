import { describe, expect, test } from 'vitest';
import { findExactMoves, findNearMoves } from '../../../src/lib/redline/find-moves.ts';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';

const blocks = (markdown: string) => parseDocument(markdown).blocks;

describe('findExactMoves', () => {
  test('pairs identical leftover blocks in document order', () => {
    const olds = blocks('Moved paragraph one.\n\nMoved paragraph one.\n\nGone.');
    const news = blocks('Moved paragraph one.\n\nNew.');
    expect(findExactMoves(olds, news, [0, 1, 2], [0, 1])).toEqual([{ old: 0, new: 0 }]);
  });

  test('never moves a block without words', () => {
    expect(findExactMoves(blocks('---'), blocks('---'), [0], [0])).toEqual([]);
  });
});

describe('findNearMoves', () => {
  const options = { threshold: 0.8, minWords: 6, maxCells: 100 };

  test('pairs nearly identical leftovers, most similar first', () => {
    const olds = blocks('You may ask for a copy of your data at any time.');
    const news = blocks('Something else entirely that is long enough.\n\nYou may ask for a copy of your personal data at any time.');
    expect(findNearMoves(olds, news, [0], [0, 1], options)).toEqual([{ old: 0, new: 1 }]);
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
