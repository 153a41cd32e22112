import { describe, expect, test } from 'vitest';
import { buildUnits } from '../../../../src/lib/redline/align/build-units.ts';
import { parseDocument, resolveDiffOptions } from '../../../../src/lib/redline/index.ts';

const units = (old: string, next: string, options = {}) => buildUnits(parseDocument(old), parseDocument(next), resolveDiffOptions(options));
const show = (old: string, next: string) =>
  units(old, next).units.map((unit) => `${unit.type}:${unit.old.join('+')}/${unit.new.join('+')}`);

describe('buildUnits', () => {
  test('lists unchanged runs, edits, insertions and deletions in reading order', () => {
    expect(
      show(
        '# T\n\nKeep me.\n\nWe keep logs for thirty days.\n\nGone for good now.',
        '# T\n\nKeep me.\n\nWe keep logs for sixty days.\n\nA brand new paragraph.',
      ),
    ).toEqual(['equal:0+1/0+1', 'modified:2/2', 'deleted:3/', 'inserted:/3']);
  });

  test('shows a reordered block as moved from its old place to its new place', () => {
    const result = units(
      '- First item here\n- Second item here\n- Third item here',
      '- Second item here\n- Third item here\n- First item here',
    );
    expect(result.units.map((unit) => unit.type)).toEqual(['moved-from', 'equal', 'moved-to']);
    expect(result.moves.get(0)).toBe(2);
  });

  test('shows a slightly edited moved block as a move carrying its own word diff', () => {
    const result = units(
      'You may ask for a copy of your data at any time.\n\nMiddle paragraph stays put.\n\nAnother one stays too.',
      'Middle paragraph stays put.\n\nAnother one stays too.\n\nYou may ask for a copy of your personal data at any time.',
    );
    const moved = result.units.find((unit) => unit.type === 'moved-to');
    expect(moved?.ops?.some((op) => op.op === 'insert')).toBe(true);
  });

  test('reports a bound that was hit', () => {
    // Reversed blocks: the alignment needs four edits.
    const result = units('a b c\n\nd e f\n\ng h i', 'g h i\n\nd e f\n\na b c', { maxBlockEdits: 2 });
    expect(result.reasons.join()).toContain('maxBlockEdits');
    expect(result.units.some((unit) => unit.type === 'equal')).toBe(false);
    expect(units('a b c\n\nd e f\n\ng h i', 'g h i\n\nd e f\n\na b c', { maxBlockEdits: 4 }).reasons).toEqual([]);
  });

  test('shows a renumbered list item as modified, with no word changed', () => {
    // Only the first number of a Markdown list counts: the list now starts at 2.
    const result = units('1. Fees\n2. Refunds', '2. Fees\n3. Refunds\n\nEnd.');
    expect(result.units.map((unit) => unit.type)).toEqual(['modified', 'modified', 'inserted']);
    expect(units('1. Fees\n2. Refunds', '1. Fees\n3. Refunds').units.map((unit) => unit.type)).toEqual(['equal']);
    expect(result.units[1]?.ops?.map((op) => op.op)).toEqual(['equal']);
  });

  test('bounds pairing by the words it compares, and says so', () => {
    // Twenty paragraphs of 300 words, each edited every tenth word: they all pair, unless bounded.
    const paragraphs = (edit: string) =>
      Array.from({ length: 20 }, (_, p) => Array.from({ length: 300 }, (_, w) => (w % 10 === 0 ? edit : `w${p}x${w}`)).join(' ')).join(
        '\n\n',
      );
    expect(units(paragraphs('old'), paragraphs('new')).units.every((unit) => unit.type === 'modified')).toBe(true);
    const result = units(paragraphs('old'), paragraphs('new'), { maxPairWords: 50_000 });
    expect(result.reasons.join()).toContain('maxPairWords');
    expect(result.units.every((unit) => unit.type === 'deleted' || unit.type === 'inserted')).toBe(true);
  });
});
