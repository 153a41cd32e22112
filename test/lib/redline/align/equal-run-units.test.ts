import { describe, expect, test } from 'vitest';
import { equalRunUnits } from '../../../../src/lib/redline/align/equal-run-units.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';

describe('equalRunUnits', () => {
  test('keeps a run of identical blocks one equal unit', () => {
    const { blocks } = parseDocument('A.\n\n1. Fees');
    expect(equalRunUnits(blocks, blocks, 0, 0, 2).map((unit) => [unit.type, unit.old, unit.new])).toEqual([['equal', [0, 1], [0, 1]]]);
  });

  test('splits out a renumbered list item as a change without word edits', () => {
    const olds = parseDocument('Intro.\n\n1. Fees\n2. Refunds').blocks;
    const news = parseDocument('Intro.\n\n3. Fees\n4. Refunds').blocks;
    const units = equalRunUnits(olds, news, 0, 0, 3);
    expect(units.map((unit) => [unit.type, unit.old, unit.new])).toEqual([
      ['equal', [0], [0]],
      ['modified', [1], [1]],
      ['modified', [2], [2]],
    ]);
    expect(units[1]?.ops?.every((op) => op.op === 'equal')).toBe(true);
  });
});
