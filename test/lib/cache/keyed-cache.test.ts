import { describe, expect, test } from 'vitest';
import { keyedCache } from '../../../src/lib/cache/keyed-cache.ts';
import { comparePairs } from '../../../src/lib/policies/index.ts';

describe('keyedCache', () => {
  test('computes each key once however often it is asked for', () => {
    const parses: string[] = [];
    const cache = keyedCache((source: string) => {
      parses.push(source);
      return source.length;
    });
    const revisions = ['a', 'bb', 'ccc', 'dddd'];
    // Every pair of revisions, as the compare pages ask for them.
    for (const { from, to } of comparePairs(revisions)) {
      expect(cache.get(from, from)).toBe(from.length);
      expect(cache.get(to, to)).toBe(to.length);
    }
    expect(parses).toEqual(revisions);
  });
});
