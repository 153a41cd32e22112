import { diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanupSemantic } from '../../../../src/lib/redline/words/cleanup-semantic.ts';
import { charOps, dmpDiffs, normalizeDiffs } from '../helpers/char-ops.ts';
import type { DmpDiff } from '../helpers/char-ops.ts';
import { showOps, tokens } from '../helpers/tokens.ts';

// Cases from diff-match-patch's own test suite (testDiffCleanupSemantic).
const CASES: DmpDiff[][] = [
  [
    [-1, 'ab'],
    [1, 'cd'],
    [0, '12'],
    [-1, 'e'],
  ],
  [
    [-1, 'abc'],
    [1, 'ABC'],
    [0, '1234'],
    [-1, 'wxyz'],
  ],
  [
    [-1, 'a'],
    [0, 'b'],
    [-1, 'c'],
  ],
  [
    [-1, 'ab'],
    [0, 'cd'],
    [-1, 'e'],
    [0, 'f'],
    [1, 'g'],
  ],
  [
    [1, '1'],
    [0, 'A'],
    [-1, 'B'],
    [1, '2'],
    [0, '_'],
    [1, '1'],
    [0, 'A'],
    [-1, 'B'],
    [1, '2'],
  ],
  [
    [0, 'The c'],
    [-1, 'ow and the c'],
    [0, 'at.'],
  ],
  [
    [-1, 'abcxx'],
    [1, 'xxdef'],
  ],
  [
    [-1, 'abcxxx'],
    [1, 'xxxdef'],
  ],
  [
    [-1, 'xxxabc'],
    [1, 'defxxx'],
  ],
  [
    [-1, 'abcd1212'],
    [1, '1212efghi'],
    [0, '----'],
    [-1, 'A3'],
    [1, '3BC'],
  ],
];

const reference = (diffs: readonly DmpDiff[]): DmpDiff[] => {
  const copy = diffs.map(([op, text]) => [op, text] as DmpDiff);
  diffCleanupSemantic(copy as never);
  return normalizeDiffs(copy);
};

describe('cleanupSemantic', () => {
  test.each(CASES)('gives what diff-match-patch gives for %j', (...diffs) => {
    expect(dmpDiffs(cleanupSemantic(charOps(diffs)))).toEqual(reference(diffs));
  });

  test('gives what diff-match-patch gives on any diff, run on one token per character', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.', '\n', 'x', 'y'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const diffs = (diffMain(a, b) as unknown as DmpDiff[]).map(([op, part]) => [op, part] as DmpDiff);
        expect(dmpDiffs(cleanupSemantic(charOps(diffs)))).toEqual(reference(diffs));
      }),
      { numRuns: 300 },
    );
  });

  test('folds a lone common word between two changed phrases into them', () => {
    const ops = [
      { op: 'delete' as const, tokens: tokens('may cancel') },
      { op: 'insert' as const, tokens: tokens('must terminate') },
      { op: 'equal' as const, tokens: tokens(' the ') },
      { op: 'delete' as const, tokens: tokens('agreement at once') },
      { op: 'insert' as const, tokens: tokens('contract within ten days') },
    ];
    expect(showOps(cleanupSemantic(ops))).toBe(
      '<del>may cancel the agreement at once</del><ins>must terminate the contract within ten days</ins>',
    );
  });
});
