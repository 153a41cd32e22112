import { describe, expect, test } from 'vitest';
import { count } from '../../../src/lib/text/count.ts';

describe('count', () => {
  test.each([
    [0, 'word', undefined, '0 words'],
    [1, 'word', undefined, '1 word'],
    [1234, 'word', undefined, '1,234 words'],
    [2, 'change', undefined, '2 changes'],
    [1, 'was', 'were', '1 was'],
    [2, 'was', 'were', '2 were'],
  ])('writes %i %s', (n, singular, plural, expected) => {
    expect(count(n, singular, plural)).toBe(expected);
  });
});
