import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { restyleNote } from '../../../../src/lib/redline/align/restyle-note.ts';

const first = (markdown: string) => parseDocument(markdown).blocks;

describe('restyleNote', () => {
  test.each([
    ['### A', '## A', 'formatting changed: '],
    ['1. Fees', '3. Fees', 'numbering changed from 1 to 3: '],
    ['Fees', '1. Fees', 'formatting changed, numbering changed from unnumbered to 1: '],
    ['- Fees', '- Fees', null],
    ['1. Fees', '1. Fees', null],
  ])('says how %j → %j changed form: %j', (old, next, note) => {
    expect(restyleNote(first(old), first(next)[0])).toBe(note);
  });

  test('ignores the number of an item continuation paragraph, which shows none', () => {
    const [, oldMore] = first('1. Fees\n\n   More.');
    const [, newMore] = first('2. Fees\n\n   More.');
    expect(restyleNote([oldMore!], newMore)).toBeNull();
  });
});
