import { describe, expect, test } from 'vitest';
import { buildUnits } from '../../../../src/lib/redline/align/build-units.ts';
import { diffMarkdown, parseDocument, renderRedline, resolveDiffOptions } from '../../../../src/lib/redline/index.ts';
import { headingIds } from '../../../../src/lib/redline/align/heading-ids.ts';

const ids = (old: string, next: string, idPrefix = '') => {
  const oldDoc = parseDocument(old);
  const newDoc = parseDocument(next);
  const { units, moves } = buildUnits(oldDoc, newDoc, resolveDiffOptions());
  return { ...headingIds(units, oldDoc, newDoc, moves, idPrefix), units };
};

describe('headingIds', () => {
  test('keeps the page ids of new headings', () => {
    expect(ids('## Payment\n\nPay.', '## Payment\n\nPay monthly.\n\n## Refunds').new).toEqual(['payment', 'refunds']);
  });

  test('suffixes a heading slug shaped like a change anchor, the way github-slugger dedupes', () => {
    expect(ids('## Change 1\n\nText a.', '## Change 1\n\nText b.\n\n## Change 1-1\n\n## Change 12', 'r-').new).toEqual([
      'r-change-1-2',
      'r-change-1-1',
      'r-change-12-1',
    ]);
  });

  test('gives a removed heading an old- id that no new heading has', () => {
    const kept = ids('## Old rules\n\nGone.\n\n## Kept\n\nStays.', '## Old rules text\n\nStays.\n\n## Kept\n\nStays.', 'r1-');
    expect(kept.units.map((unit) => unit.headingId).filter(Boolean)).toEqual([]);
    const removed = ids('## Payment\n\nPay.\n\n## Kept\n\nStays.', '## Kept\n\nStays.\n\n## Old payment', 'r1-');
    expect(removed.units[0]?.headingId).toBe('r1-old-payment-1');
    expect(removed.old).toEqual(['r1-old-payment-1', 'r1-kept']);
  });

  test('points an old heading at its renamed or moved counterpart', () => {
    expect(ids('## Payment\n\nYou pay in advance.', '## Billing\n\nYou pay in advance.').old).toEqual(['billing']);
    const moved = ids(
      '## Rights\n\nAsk for a copy of your data.\n\n## Contact\n\nWrite to us.',
      '## Contact\n\nWrite to us.\n\n## Rights\n\nAsk for a copy of your data.',
    );
    expect(moved.old).toEqual(['rights', 'contact']);
  });

  test('never lets a heading take a change anchor id', () => {
    const html = renderRedline(diffMarkdown('## Change 1\n\nText a.', '## Change 1\n\nText b.'));
    expect(html).toContain('<h2 id="change-1-1">Change 1</h2>');
    expect(html.match(/id="change-1"/g)).toHaveLength(1);
  });
});
