import { describe, expect, test } from 'vitest';
import { commonOverlap, commonPrefix, commonSuffix, textLength } from '../../../../src/lib/redline/words/token-seq.ts';
import { makeToken } from '../../../../src/lib/redline/parse/index.ts';
import { tokens } from '../helpers/tokens.ts';

describe('textLength', () => {
  test('measures text in characters; markers weigh one and boundaries nothing', () => {
    expect(textLength(tokens('ab, cd'))).toBe(6);
    expect(textLength([makeToken('', 'image', [], ''), makeToken('\n', 'break', [], ''), makeToken('', 'block', [], '')])).toBe(2);
  });
});

describe('commonPrefix', () => {
  test('counts shared leading tokens', () => {
    expect(commonPrefix(tokens('a b c'), tokens('a b d'))).toBe(4);
  });
});

describe('commonSuffix', () => {
  test('counts shared trailing tokens', () => {
    expect(commonSuffix(tokens('x b c'), tokens('a b c'))).toBe(4);
  });
});

describe('commonOverlap', () => {
  test.each([
    ['a b c', 'c d', 1],
    ['a b c', 'b c d', 3],
    ['a', 'b', 0],
  ])('finds how far the end of %j overlaps the start of %j', (a, b, expected) => {
    expect(commonOverlap(tokens(a), tokens(b))).toBe(expected);
  });
});
