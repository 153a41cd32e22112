import { describe, expect, test } from 'vitest';
import { comparePairs, revisionsBetween } from '../../../src/lib/policies/index.ts';

describe('comparePairs', () => {
  test('lists every pair once, older first', () => {
    expect(comparePairs(['a', 'b', 'c'])).toEqual([
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'c' },
    ]);
  });

  test.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [42, 861],
    [50, 1225],
  ])('gives %i revisions n(n-1)/2 = %i pairs', (n, pairs) => {
    expect(comparePairs(Array.from({ length: n }, (_, i) => i))).toHaveLength(pairs);
  });
});

describe('revisionsBetween', () => {
  test('returns the revisions after the first date up to and including the second', () => {
    const revisions = ['2025-01-20', '2025-09-01', '2026-03-14'].map((effective) => ({ effective }));
    expect(revisionsBetween(revisions, '2025-01-20', '2026-03-14').map((r) => r.effective)).toEqual(['2025-09-01', '2026-03-14']);
    expect(revisionsBetween(revisions, '2025-09-01', '2026-03-14').map((r) => r.effective)).toEqual(['2026-03-14']);
  });
});
