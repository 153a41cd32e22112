import { describe, expect, test } from 'vitest';
import { translationState } from '../../../src/lib/translations/index.ts';

const source = { sha256: 'a'.repeat(64), previousSha256: ['b'.repeat(64), 'c'.repeat(64)] };

describe('translationState', () => {
  test('calls a translation of the source as it stands current', () => {
    expect(translationState(source, 'a'.repeat(64))).toBe('current');
  });

  test('calls a translation made before any of the source’s errata outdated', () => {
    expect(translationState(source, 'b'.repeat(64))).toBe('outdated');
    expect(translationState(source, 'c'.repeat(64))).toBe('outdated');
  });

  test('throws for a hash the source never had, which the folder checks refuse first', () => {
    expect(() => translationState(source, 'd'.repeat(64))).toThrow(
      `translationOf ${'d'.repeat(64)} is no hash its source has had (it hashes to ${'a'.repeat(64)})`,
    );
  });
});
