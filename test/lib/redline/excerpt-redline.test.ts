import { describe, expect, test } from 'vitest';
import { diffDocuments, excerptRedline, parseDocument, renderRedline, type Redline } from '../../../src/lib/redline/index.ts';

const redlineOf = (before: string, after: string): Redline => diffDocuments(parseDocument(before), parseDocument(after));

// The blocks of the section headed `title` in one revision: its heading up to the next heading.
function range(redline: Redline, side: 'old' | 'new', title: string): { start: number; end: number } {
  const doc = redline[side];
  const s = doc.sections.findIndex((section) => section.title === title);
  return { start: doc.sections[s]?.block ?? -1, end: doc.sections[s + 1]?.block ?? doc.blocks.length };
}

describe('excerptRedline', () => {
  const before = '## Fees\n\nThe service is free.\n\nPay nothing.\n\n## Privacy\n\nWe keep logs for a year.\n\nWe sell nothing.\n';
  const after =
    '## Fees\n\nThe service costs ten euros.\n\nPay nothing.\n\n## Privacy\n\nWe keep logs for ninety days.\n\nWe sell nothing.\n';

  test('keeps the steps of one section, counts its words and keeps the change numbers of the whole', () => {
    const whole = redlineOf(before, after);
    const part = excerptRedline(whole, { old: range(whole, 'old', 'Privacy'), new: range(whole, 'new', 'Privacy') });
    expect(part.units.flatMap((unit) => unit.new)).toEqual([3, 4, 5]);
    expect(part.units.find((unit) => unit.change > 0)?.change).toBe(2);
    expect([part.stats.wordsInserted, part.stats.wordsDeleted]).toEqual([2, 2]);
    const html = renderRedline(part);
    expect(html).toContain('ninety');
    expect(html).not.toContain('euros');
    expect(html).toContain('id="change-2"');
  });

  test('renders with no ids, its links leading to the whole redline', () => {
    const whole = redlineOf('## A\n\nSee [fees](#fees).\n\n## Fees\n\nFree.\n', '## A\n\nSee [the fees](#fees).\n\n## Fees\n\nFree.\n');
    const part = excerptRedline(whole, { old: range(whole, 'old', 'A'), new: range(whole, 'new', 'A') });
    const html = renderRedline(part, { ids: false, linkBase: 'https://example.com/p/compare/a...b/' });
    expect(html).not.toMatch(/\sid="/);
    expect(html).toContain('href="https://example.com/p/compare/a...b/#fees"');
  });

  test('a block moved in from another section reads as inserted, one moved out as deleted; a move inside stays a move', () => {
    const a =
      '## One\n\nFirst paragraph stays here.\n\nThis paragraph travels to the other section.\n\n## Two\n\nSecond section text.\n\nAnother line of the second section.\n';
    const b =
      '## One\n\nFirst paragraph stays here.\n\n## Two\n\nSecond section text.\n\nAnother line of the second section.\n\nThis paragraph travels to the other section.\n';
    const whole = redlineOf(a, b);
    expect(whole.units.map((unit) => unit.type)).toContain('moved-to');
    const two = excerptRedline(whole, { old: range(whole, 'old', 'Two'), new: range(whole, 'new', 'Two') });
    expect(two.units.map((unit) => unit.type)).toEqual(['equal', 'inserted']);
    expect(two.moves).toEqual([]);
    const one = excerptRedline(whole, { old: range(whole, 'old', 'One'), new: range(whole, 'new', 'One') });
    expect(one.units.map((unit) => unit.type)).toEqual(['equal', 'deleted']);
    const both = excerptRedline(whole, {
      old: { start: 0, end: whole.old.blocks.length },
      new: { start: 0, end: whole.new.blocks.length },
    });
    expect(both.units.map((unit) => unit.type)).toEqual(whole.units.map((unit) => unit.type));
    expect(both.moves).toEqual(whole.moves);
  });

  test('a removed section is its old blocks alone, every word deleted', () => {
    const whole = redlineOf(before, '## Fees\n\nThe service is free.\n\nPay nothing.\n');
    const part = excerptRedline(whole, { old: range(whole, 'old', 'Privacy'), new: null });
    expect(part.units.map((unit) => unit.type)).toEqual(['deleted', 'deleted', 'deleted']);
    expect(part.stats.wordsInserted).toBe(0);
    expect(part.stats.wordsDeleted).toBe(whole.stats.wordsDeleted);
  });
});

describe('rendering an excerpt for another page', () => {
  const whole = redlineOf(
    '## A\n\nSee [fees](#fees) and [help](help/).\n\n## Fees\n\nFree.\n',
    '## A\n\nSee [the fees](#fees) and [help](help/).\n\n## Fees\n\nFree.\n',
  );
  const part = excerptRedline(whole, { old: range(whole, 'old', 'A'), new: range(whole, 'new', 'A') });

  test('with a route of the same site as link base, its links are paths of that site, under its base path', () => {
    const html = renderRedline(part, { ids: false, linkBase: '/p/compare/a...b/', siteBase: '/legal/' });
    expect(html).toContain('href="/legal/p/compare/a...b/#fees"');
    expect(html).toContain('href="/legal/p/compare/a...b/help/"');
  });

  test('moves its headings down the outline by the shift asked, within h1–h6', () => {
    expect(renderRedline(part, { headingShift: 2 })).toMatch(/^<h4[ >]/);
    expect(renderRedline(part, { headingShift: -3 })).toMatch(/^<h1[ >]/);
    expect(renderRedline(part, { headingShift: 9 })).toMatch(/^<h6[ >]/);
  });
});
