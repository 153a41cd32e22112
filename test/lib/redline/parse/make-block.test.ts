import { describe, expect, test } from 'vitest';
import { sortedBag } from '../../../../src/lib/redline/align/block-similarity.ts';
import { makeBlock, wordBag } from '../../../../src/lib/redline/parse/make-block.ts';
import { tokenizeText } from '../../../../src/lib/redline/parse/tokenize-text.ts';
import type { Frame, Token } from '../../../../src/lib/redline/index.ts';

const tokens = (text: string): Token[] => {
  const out: Token[] = [];
  tokenizeText(text, [], '', out);
  return out;
};
const list: Frame[] = [
  { type: 'list', id: 1, ordered: false },
  { type: 'listItem', id: 2, ordinal: 1, spread: false },
];

describe('makeBlock', () => {
  test('lets a heading pair across levels but not compare equal', () => {
    const h2 = makeBlock(tokens('Payment'), [], { kind: 'heading', depth: 2, section: 0, line: 1 });
    const h3 = makeBlock(tokens('Payment'), [], { kind: 'heading', depth: 3, section: 0, line: 1 });
    expect(h2.shape).toBe(h3.shape);
    expect(h2.structure).not.toBe(h3.structure);
    expect(h2.key).not.toBe(h3.key);
  });

  test('keys a paragraph by its containers as well as its text', () => {
    const top = makeBlock(tokens('Same text'), [], { kind: 'paragraph', section: null, line: 1 });
    const item = makeBlock(tokens('Same text'), list, { kind: 'paragraph', section: null, line: 1 });
    expect(top.shape).toBe(item.shape);
    expect(top.key).not.toBe(item.key);
  });

  test('keeps a header row apart from body rows', () => {
    const header = makeBlock([], [], { kind: 'tableRow', header: true, section: null, line: 1 });
    const body = makeBlock([], [], { kind: 'tableRow', section: null, line: 1 });
    expect(header.shape).not.toBe(body.shape);
  });

  test('counts words and bags them lower-cased, sorted when scored', () => {
    const block = makeBlock(tokens('We keep, we delete.'), [], { kind: 'paragraph', section: null, line: 1 });
    expect(block.words).toBe(4);
    expect(block.bagSize).toBe(4);
    expect(wordBag(block)).toEqual(['we', 'keep', 'we', 'delete']);
    expect(sortedBag(block)).toEqual(['delete', 'keep', 'we', 'we']);
    expect(sortedBag(block)).toBe(sortedBag(block));
  });

  test('leaves a heading number out of its bag, but not out of its words', () => {
    const block = makeBlock(tokens('3. Payment'), [], { kind: 'heading', depth: 2, section: 0, line: 1 });
    expect(wordBag(block)).toEqual(['payment']);
    expect(block.bagSize).toBe(1);
    expect(block.words).toBe(2);
  });

  test('bags canonically equivalent spellings as one word, but keys them apart', () => {
    const composed = makeBlock(tokens('Café'), [], { kind: 'paragraph', section: null, line: 1 });
    const decomposed = makeBlock(tokens('Cafe\u0301'), [], { kind: 'paragraph', section: null, line: 1 });
    expect(sortedBag(decomposed)).toEqual(sortedBag(composed));
    expect(decomposed.key).not.toBe(composed.key);
  });

  test('records the numbers of the ordered items a block sits in, outside its key', () => {
    const ordered = (ordinal: number): Frame[] => [
      { type: 'list', id: 1, ordered: true },
      { type: 'listItem', id: 2, ordinal, spread: false },
      ...list,
    ];
    const one = makeBlock(tokens('Fees'), ordered(1), { kind: 'paragraph', section: null, line: 1, numbered: true });
    const three = makeBlock(tokens('Fees'), ordered(3), { kind: 'paragraph', section: null, line: 1, numbered: true });
    expect([one.numbering, three.numbering, one.numbered]).toEqual(['1', '3', true]);
    expect(one.key).toBe(three.key);
  });
});
