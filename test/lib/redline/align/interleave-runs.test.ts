import { describe, expect, test } from 'vitest';
import { buildUnits } from '../../../../src/lib/redline/align/build-units.ts';
import { parseDocument, resolveDiffOptions } from '../../../../src/lib/redline/index.ts';
import { interleaveRuns } from '../../../../src/lib/redline/align/interleave-runs.ts';

describe('interleaveRuns', () => {
  test('shows an inserted nested item before a deleted outer item, so the outer item is not reopened', () => {
    const oldDoc = parseDocument('1. one\n   - b\n2. two\n3. three');
    const newDoc = parseDocument('1. one\n   - b\n   - c\n2. three');
    const { units } = buildUnits(oldDoc, newDoc, resolveDiffOptions());
    // "three" is renumbered (3 → 2): a modified unit without word changes.
    expect(units.map((unit) => unit.type)).toEqual(['equal', 'deleted', 'inserted', 'modified']);
    expect(interleaveRuns(units, oldDoc, newDoc).map((unit) => unit.type)).toEqual(['equal', 'inserted', 'deleted', 'modified']);
  });

  test('keeps deletions first when neither side fits better', () => {
    const oldDoc = parseDocument('Keep.\n\nThe old text was here for a while.');
    const newDoc = parseDocument('Keep.\n\nEntirely different words replaced everything.');
    const { units } = buildUnits(oldDoc, newDoc, resolveDiffOptions());
    expect(interleaveRuns(units, oldDoc, newDoc).map((unit) => unit.type)).toEqual(['equal', 'deleted', 'inserted']);
  });
});
