import { describe, expect, test } from 'vitest';
import { buildUnits } from '../../../../src/lib/redline/align/build-units.ts';
import { parseDocument, resolveDiffOptions } from '../../../../src/lib/redline/index.ts';
import { numberChanges } from '../../../../src/lib/redline/align/number-changes.ts';

const numbered = (old: string, next: string) => {
  const oldDoc = parseDocument(old);
  const newDoc = parseDocument(next);
  const { units, moves } = buildUnits(oldDoc, newDoc, resolveDiffOptions());
  const count = numberChanges(units, oldDoc, newDoc, moves);
  return { units, count };
};

describe('numberChanges', () => {
  test('numbers changes in reading order, leaving unchanged units at 0', () => {
    const { units, count } = numbered('A one.\n\nB two.\n\nC three.', 'A one!\n\nB two.\n\nC three!');
    expect(units.map((unit) => unit.change)).toEqual([1, 0, 2]);
    expect(count).toBe(2);
  });

  test('gives a run of whole inserted blocks one change until a heading starts a new section', () => {
    const { units } = numbered('Keep.', 'Keep.\n\nNew one.\n\nNew two.\n\n## New section\n\nNew three.');
    expect(units.map((unit) => unit.change)).toEqual([0, 1, 1, 2, 2]);
  });

  test('links the two places of a moved section, one change each', () => {
    const { units } = numbered(
      '## Rights\n\nAsk for a copy.\n\n## Contact\n\nWrite to us.',
      '## Contact\n\nWrite to us.\n\n## Rights\n\nAsk for a copy.',
    );
    const moves = units.filter((unit) => unit.type !== 'equal').map((unit) => [unit.type, unit.change, unit.partner]);
    expect(moves).toEqual([
      ['moved-from', 1, 2],
      ['moved-from', 1, 2],
      ['moved-to', 2, 1],
      ['moved-to', 2, 1],
    ]);
  });
});
