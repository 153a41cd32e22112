import { diffCleanupSemanticLossless } from 'diff-match-patch-es';
import { describe, expect, test } from 'vitest';
import { cleanupLossless } from '../../../../src/lib/redline/words/cleanup-lossless.ts';
import { charOps, dmpDiffs, normalizeDiffs } from '../helpers/char-ops.ts';
import type { DmpDiff } from '../helpers/char-ops.ts';
import { showOps, tokens } from '../helpers/tokens.ts';

// Cases from diff-match-patch's own test suite (testDiffCleanupSemanticLossless).
const CASES: DmpDiff[][] = [
  [
    [0, 'AAA\r\n\r\nBBB'],
    [1, '\r\nDDD\r\n\r\nBBB'],
    [0, '\r\nEEE'],
  ],
  [
    [0, 'AAA\r\nBBB'],
    [1, ' DDD\r\nBBB'],
    [0, ' EEE'],
  ],
  [
    [0, 'The c'],
    [1, 'ow and the c'],
    [0, 'at.'],
  ],
  [
    [0, 'The-c'],
    [1, 'ow-and-the-c'],
    [0, 'at.'],
  ],
  [
    [0, 'a'],
    [-1, 'a'],
    [0, 'ax'],
  ],
  [
    [0, 'xa'],
    [-1, 'a'],
    [0, 'a'],
  ],
  [
    [0, 'The xxx. The '],
    [1, 'zzz. The '],
    [0, 'yyy.'],
  ],
];

describe('cleanupLossless', () => {
  test.each(CASES)('gives what diff-match-patch gives for %j', (...diffs) => {
    const reference = diffs.map(([op, text]) => [op, text] as DmpDiff);
    diffCleanupSemanticLossless(reference as never);
    const ops = charOps(diffs);
    cleanupLossless(ops);
    expect(dmpDiffs(ops)).toEqual(normalizeDiffs(reference));
  });

  test('slides an inserted word so it starts at a word and ends with its space', () => {
    const ops = [
      { op: 'equal' as const, tokens: tokens('a') },
      { op: 'insert' as const, tokens: tokens(' foo') },
      { op: 'equal' as const, tokens: tokens(' b') },
    ];
    cleanupLossless(ops);
    expect(showOps(ops)).toBe('a <ins>foo </ins>b');
  });
});
