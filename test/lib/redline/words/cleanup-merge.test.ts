import { diffCleanupMerge } from 'diff-match-patch-es';
import { describe, expect, test } from 'vitest';
import { cleanupMerge } from '../../../../src/lib/redline/words/cleanup-merge.ts';
import { charOps, dmpDiffs, normalizeDiffs } from '../helpers/char-ops.ts';
import type { DmpDiff } from '../helpers/char-ops.ts';

// Cases from diff-match-patch's own test suite (testDiffCleanupMerge), checked against the reference.
const CASES: DmpDiff[][] = [
  [
    [0, 'a'],
    [-1, 'b'],
    [1, 'c'],
  ],
  [
    [0, 'a'],
    [0, 'b'],
    [0, 'c'],
  ],
  [
    [-1, 'a'],
    [-1, 'b'],
    [-1, 'c'],
  ],
  [
    [-1, 'a'],
    [1, 'b'],
    [-1, 'c'],
    [1, 'd'],
    [0, 'e'],
    [0, 'f'],
  ],
  [
    [-1, 'a'],
    [1, 'abc'],
    [-1, 'dc'],
  ],
  [
    [0, 'x'],
    [-1, 'a'],
    [1, 'abc'],
    [-1, 'dc'],
    [0, 'y'],
  ],
  [
    [0, 'a'],
    [1, 'ba'],
    [0, 'c'],
  ],
  [
    [0, 'c'],
    [1, 'ab'],
    [0, 'a'],
  ],
  [
    [0, 'a'],
    [-1, 'b'],
    [0, 'c'],
    [-1, 'ac'],
    [0, 'x'],
  ],
  [
    [0, 'x'],
    [-1, 'ca'],
    [0, 'c'],
    [-1, 'b'],
    [0, 'a'],
  ],
];

describe('cleanupMerge', () => {
  test.each(CASES)('gives what diff-match-patch gives for %j', (...diffs) => {
    const reference = diffs.map(([op, text]) => [op, text] as DmpDiff);
    diffCleanupMerge(reference as never);
    const ops = charOps(diffs);
    cleanupMerge(ops);
    expect(dmpDiffs(ops)).toEqual(normalizeDiffs(reference));
  });

  test('takes equal tokens from the new side', () => {
    const ops = charOps([
      [-1, 'ab'],
      [1, 'ac'],
    ]);
    const fresh = ops[1]?.tokens[0];
    cleanupMerge(ops);
    expect(ops[0]?.tokens[0]).toBe(fresh);
  });
});
