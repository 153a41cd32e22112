import { describe, expect, test } from 'vitest';
import { resolveDiffOptions } from '../../../src/lib/redline/diff-options.ts';

describe('resolveDiffOptions', () => {
  test('fills in every default', () => {
    expect(resolveDiffOptions()).toEqual({
      idPrefix: '',
      pairThreshold: 0.5,
      moveThreshold: 0.8,
      minMoveWords: 6,
      minExactMoveWords: 4,
      maxSplit: 3,
      maxBlockEdits: 5_000,
      maxPairCells: 40_000,
      maxPairWords: 2_000_000,
      maxWordEdits: 4_000,
    });
  });

  test('keeps what the caller set', () => {
    expect(resolveDiffOptions({ idPrefix: 'x-', maxSplit: 1 })).toMatchObject({ idPrefix: 'x-', maxSplit: 1, pairThreshold: 0.5 });
  });
});
