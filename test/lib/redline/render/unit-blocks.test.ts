import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';
import { unitBlocks } from '../../../../src/lib/redline/render/unit-blocks.ts';
import type { RedlineUnit } from '../../../../src/lib/redline/index.ts';

const redline = diffMarkdown(
  '## Terms\n\nWe collect data. We keep it for thirty days.',
  '## Terms\n\nWe collect data.\n\nWe keep it for sixty days.',
);
const modified = redline.units.find((unit) => unit.type === 'modified') as RedlineUnit;

describe('unitBlocks', () => {
  test('shows a split as the new paragraphs inline and in the new column, the old one in the old column', () => {
    expect(unitBlocks(modified, redline, 'inline', '').map((placed) => placed.side)).toEqual(['new', 'new']);
    expect(unitBlocks(modified, redline, 'new', '')).toHaveLength(2);
    expect(unitBlocks(modified, redline, 'old', '').map((placed) => placed.side)).toEqual(['old']);
  });

  test('gives new headings their page id and leaves old-column headings without one', () => {
    const equal = redline.units[0] as RedlineUnit;
    expect(unitBlocks(equal, redline, 'inline', null)[0]?.view.id).toBe('terms');
    expect(unitBlocks(equal, redline, 'old', null)[0]?.view.id).toBeNull();
  });

  test('shows nothing of an inserted block in the old column', () => {
    const inserted = diffMarkdown('A.', 'A.\n\nB is new.');
    const unit = inserted.units.find((u) => u.type === 'inserted') as RedlineUnit;
    expect(unitBlocks(unit, inserted, 'old', '')).toEqual([]);
    expect(unitBlocks(unit, inserted, 'inline', '')[0]?.view).toMatchObject({ whole: 'insert', className: ['redline-inserted'] });
  });

  test('flags a renumbered list item, the way a changed heading level is flagged', () => {
    const renumbered = diffMarkdown('1. Fees\n2. Refunds', '3. Fees\n4. Refunds');
    expect(renumbered.units.map((unit) => unitBlocks(unit, renumbered, 'inline', null)[0]?.view.note)).toEqual([
      'numbering changed from 1 to 3: ',
      'numbering changed from 2 to 4: ',
    ]);
  });
});
