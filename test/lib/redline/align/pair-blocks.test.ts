import { describe, expect, test } from 'vitest';
import { pairBlocks } from '../../../../src/lib/redline/align/pair-blocks.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';

const pair = (old: string, next: string, maxCells = 10_000) => {
  const olds = parseDocument(old).blocks;
  const news = parseDocument(next).blocks;
  const free = { old: olds.map(() => true), new: news.map(() => true) };
  return pairBlocks(olds, news, { free, threshold: 0.5, maxSplit: 3, maxCells });
};
const show = (old: string, next: string) =>
  pair(old, next).events.map((event) =>
    event.type === 'pair' ? `${event.old.join('+')}~${event.new.join('+')}` : `${event.type}${event.index}`,
  );

describe('pairBlocks', () => {
  test('pairs an edited paragraph and leaves an unrelated one alone', () => {
    expect(
      show(
        'We keep your logs for thirty days.\n\nOld unrelated text here.',
        'We keep your logs for sixty days.\n\nBrand new sentence about cookies.',
      ),
    ).toEqual(['0~0', 'old1', 'new1']);
  });

  test('keeps order: pairs never cross', () => {
    expect(show('alpha beta gamma delta\n\nepsilon zeta eta theta', 'epsilon zeta eta theta iota\n\nalpha beta gamma delta kappa')).toEqual(
      ['old0', '1~0', 'new1'],
    );
  });

  test('reads one paragraph split in two as a split', () => {
    expect(
      show(
        'We collect usage data to run the service. We keep it for thirty days.',
        'We collect usage data to run the service.\n\nWe keep it for sixty days.',
      ),
    ).toEqual(['0~0+1']);
  });

  test('reads two paragraphs joined into one as a merge', () => {
    expect(
      show(
        'You can reach our privacy team by email.\n\nWe answer every request within one month.',
        'You can reach our privacy team by email, and we answer every request within one month.',
      ),
    ).toEqual(['0+1~0']);
  });

  test('pairs a lone renamed heading between pairs even with no words in common', () => {
    expect(show('## Payment\n\nYou pay in advance for each month.', '## Billing\n\nYou pay in advance for each month of service.')).toEqual(
      ['0~0', '1~1'],
    );
  });

  test('never pairs blocks of different kinds', () => {
    expect(show('## Data retention rules', 'Data retention rules')).toEqual(['old0', 'new0']);
  });

  test('leaves a stretch too large to compare unpaired and says so', () => {
    const result = pair('a b\n\nc d\n\ne f', 'a b c\n\nc d e\n\ne f g', 8);
    expect(result.bounded).toBe(true);
    expect(result.events.every((event) => event.type !== 'pair')).toBe(true);
  });

  test('leaves a stretch unpaired once scoring has compared its word budget, however few the pairs', () => {
    const long = (seed: number) => Array.from({ length: 1_000 }, (_, w) => `w${(w * seed) % 50}`).join(' ');
    const olds = parseDocument([1, 3, 7].map(long).join('\n\n')).blocks;
    const news = parseDocument([11, 13, 17].map(long).join('\n\n')).blocks;
    const free = { old: olds.map(() => true), new: news.map(() => true) };
    const budget = { left: 10_000 };
    const result = pairBlocks(olds, news, { free, threshold: 0.5, maxSplit: 3, maxCells: 10_000, budget });
    expect(result.bounded).toBe(true);
    expect(result.events.every((event) => event.type !== 'pair')).toBe(true);
    expect(pairBlocks(olds, news, { free, threshold: 0.5, maxSplit: 3, maxCells: 10_000 }).bounded).toBe(false);
  });

  test('pairs a lone short block between a pair and the edge of the stretch, keeping order', () => {
    expect(show('Yes.\n\nWe keep your logs for thirty days.', 'No.\n\nWe keep your logs for sixty days.')).toEqual(['0~0', '1~1']);
  });

  test('leaves a lone block taken by a move alone', () => {
    const olds = parseDocument('## Payment\n\nWe keep your logs for thirty days.').blocks;
    const news = parseDocument('## Billing\n\nWe keep your logs for sixty days.').blocks;
    const free = { old: [false, true], new: [true, true] };
    const { events } = pairBlocks(olds, news, { free, threshold: 0.5, maxSplit: 3, maxCells: 10_000 });
    expect(events.map((event) => event.type)).toEqual(['old', 'new', 'pair']);
  });
});
