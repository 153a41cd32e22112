import { describe, expect, test } from 'vitest';
import { blockSimilarity, commonWords, dice } from '../../../../src/lib/redline/align/block-similarity.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';

const blocks = (markdown: string) => parseDocument(markdown).blocks;
const free = (n: number, m: number) => ({ old: Array<boolean>(n).fill(true), new: Array<boolean>(m).fill(true) });

describe('blockSimilarity', () => {
  test('scores a pair by the words it shares, or -1 below the threshold', () => {
    const olds = blocks('We keep logs for thirty days.\n\nSomething else.');
    const news = blocks('We keep logs for sixty days.');
    const similarity = blockSimilarity(olds, news, free(2, 1), 0.5);
    expect(similarity.pair(0, 0)).toBe(5);
    expect(similarity.pair(1, 0)).toBe(-1);
  });

  test('scores a run of blocks as a split of one', () => {
    const olds = blocks('We collect usage data to run the service. We keep it for thirty days.');
    const news = blocks('We collect usage data to run the service.\n\nWe keep it for sixty days.');
    expect(blockSimilarity(olds, news, free(1, 2), 0.5).group(0, 0, 2, true)).toBe(13);
  });

  test('stops scoring once the word budget is spent, and says so', () => {
    const long = Array.from({ length: 1_000 }, (_, i) => `w${i % 50}`).join(' ');
    const olds = blocks(`${long}\n\n${long}`);
    const news = blocks(`${long}\n\n${long}`);
    const budget = { left: 3_000 };
    const similarity = blockSimilarity(olds, news, free(2, 2), 0.5, budget);
    expect(similarity.pair(0, 0)).toBe(1_000);
    expect(similarity.exhausted()).toBe(false);
    expect(similarity.pair(0, 1)).toBe(1_000);
    expect(similarity.exhausted()).toBe(true);
    expect(similarity.pair(1, 1)).toBe(-1);
  });
});

describe('commonWords', () => {
  test.each([
    [['a', 'b', 'c'], ['b', 'c', 'd'], 2],
    [['a', 'a', 'b'], ['a', 'a', 'a'], 2],
    [[], ['a'], 0],
    [['x'], ['y'], 0],
  ])('counts %j ∩ %j as multisets: %i', (a, b, expected) => {
    expect(commonWords(a, b)).toBe(expected);
  });
});

describe('dice', () => {
  test.each([
    [2, 2, 2, 1],
    [0, 3, 4, 0],
    [1, 2, 2, 0.5],
    [0, 0, 0, 1],
  ])('scores %i shared of %i and %i as %d', (common, a, b, expected) => {
    expect(dice(common, a, b)).toBe(expected);
  });
});
