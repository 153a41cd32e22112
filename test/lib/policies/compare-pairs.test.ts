import { describe, expect, test } from 'vitest';
import { comparePairs, pairKey, revisionsBetween } from '../../../src/lib/policies/index.ts';

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

  test('with adjacent, pairs each revision with the one before it and with the one in force, older first', () => {
    const names = (pairs: { from: string; to: string }[]): string[] => pairs.map(({ from, to }) => `${from}${to}`);
    const revisions = ['a', 'b', 'c', 'd', 'e'];
    expect(names(comparePairs(revisions, 'adjacent', 'd'))).toEqual(['ab', 'ad', 'bc', 'bd', 'cd', 'de']);
    expect(names(comparePairs(revisions, 'adjacent', 'e'))).toEqual(['ab', 'ae', 'bc', 'be', 'cd', 'ce', 'de']);
    expect(names(comparePairs(revisions, 'adjacent'))).toEqual(['ab', 'bc', 'cd', 'de']);
  });

  test.each([2, 3, 42, 100, 1000])('with adjacent and the latest in force, gives %i revisions 2n−3 pairs', (n) => {
    const revisions = Array.from({ length: n }, (_, i) => i);
    expect(comparePairs(revisions, 'adjacent', n - 1)).toHaveLength(2 * n - 3);
  });
});

describe('pairKey', () => {
  test('spells a pair as compare URLs do', () => {
    expect(pairKey('2025-01-20', '2026-03-14')).toBe('2025-01-20...2026-03-14');
  });
});

describe('revisionsBetween', () => {
  test('returns the revisions after the first date up to and including the second', () => {
    const revisions = ['2025-01-20', '2025-09-01', '2026-03-14'].map((effective) => ({ effective }));
    expect(revisionsBetween(revisions, '2025-01-20', '2026-03-14').map((r) => r.effective)).toEqual(['2025-09-01', '2026-03-14']);
    expect(revisionsBetween(revisions, '2025-09-01', '2026-03-14').map((r) => r.effective)).toEqual(['2026-03-14']);
  });
});
