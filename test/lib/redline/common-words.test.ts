import { describe, expect, test } from 'vitest';
import { commonWords, dice } from '../../../src/lib/redline/common-words.ts';

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
