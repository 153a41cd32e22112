import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';

describe('computeStats', () => {
  test('counts words and blocks inserted, deleted, modified and moved', () => {
    const { stats } = diffMarkdown(
      '# T\n\nWe keep logs for thirty days.\n\nDelete this paragraph now.\n\n- Moved item goes here\n- Stays',
      '# T\n\nWe keep logs for sixty days.\n\n- Stays\n- Moved item goes here\n\nAn added sentence.',
    );
    expect(stats).toMatchObject({
      wordsInserted: 4,
      wordsDeleted: 5,
      blocksInserted: 1,
      blocksDeleted: 1,
      blocksModified: 1,
      blocksMoved: 1,
      fallback: false,
    });
  });

  test('lists the sections touched, each with its words, changes and first change', () => {
    const { stats } = diffMarkdown(
      '# Intro\n\nSame.\n\n## Payment\n\nPay monthly.\n\n## Old\n\nGone.',
      '# Intro\n\nSame.\n\n## Payment\n\nPay yearly.',
      { idPrefix: 'a-' },
    );
    expect(stats.sections).toEqual([
      { id: 'a-payment', title: 'Payment', wordsInserted: 1, wordsDeleted: 1, changes: 1, firstChangeId: 'a-change-1' },
      { id: 'a-old-old', title: 'Old', wordsInserted: 0, wordsDeleted: 2, changes: 1, firstChangeId: 'a-change-2' },
    ]);
  });

  test('files changes before the first heading under a section without id', () => {
    expect(diffMarkdown('Hello there.', 'Hello here.').stats.sections[0]).toMatchObject({ id: null, title: '' });
  });

  test('reports which revision was re-read as Markdown to compare like with like', () => {
    expect(diffMarkdown('Text.', 'Text {% x %}.').stats.readAsMarkdown).toBe('old');
    expect(diffMarkdown('Text.', 'Text.').stats.readAsMarkdown).toBeNull();
  });

  test('names sections by the ids their headings have in the redline', () => {
    expect(diffMarkdown('## Change 1\n\nA.', '## Change 1\n\nB.').stats.sections[0]).toMatchObject({
      id: 'change-1-1',
      firstChangeId: 'change-1',
    });
  });
});
