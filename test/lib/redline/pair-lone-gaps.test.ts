import { describe, expect, test } from 'vitest';
import { pairLoneGaps } from '../../../src/lib/redline/pair-lone-gaps.ts';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';

describe('pairLoneGaps', () => {
  const olds = parseDocument('## Payment\n\nYes.').blocks;
  const news = parseDocument('## Billing\n\nNo.').blocks;
  const free = { old: [true, true], new: [true, true] };

  test('pairs a lone old and new block of one shape between pairs, keeping order', () => {
    const events = pairLoneGaps(
      [
        { type: 'old', index: 0 },
        { type: 'new', index: 0 },
        { type: 'pair', old: [1], new: [1] },
      ],
      olds,
      news,
      free,
    );
    expect(events).toEqual([
      { type: 'pair', old: [0], new: [0] },
      { type: 'pair', old: [1], new: [1] },
    ]);
  });

  test('leaves a block taken by a move alone', () => {
    const events = pairLoneGaps(
      [
        { type: 'old', index: 0 },
        { type: 'new', index: 0 },
      ],
      olds,
      news,
      { old: [false, true], new: [true, true] },
    );
    expect(events.map((event) => event.type)).toEqual(['old', 'new']);
  });
});
