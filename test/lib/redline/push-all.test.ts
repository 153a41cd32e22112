import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pushAll } from '../../../src/lib/redline/push-all.ts';

const SOURCE = new URL('../../../src/lib/redline/', import.meta.url);

describe('pushAll', () => {
  test('appends every item in order and returns the target', () => {
    const target = [1];
    expect(pushAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  test('appends more items than a call can take as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, index) => index);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(pushAll([], many)).toHaveLength(500_000);
  });

  test('is what the engine uses: no source file spreads an array into push()', () => {
    for (const file of readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      const code = readFileSync(new URL(file, SOURCE), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      expect(code, file).not.toMatch(/\.(push|unshift)\(\s*\.\.\./);
    }
  });
});
