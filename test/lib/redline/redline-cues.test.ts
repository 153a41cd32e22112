import { describe, expect, test } from 'vitest';
import { restyleNote } from '../../../src/lib/redline/align/restyle-note.ts';
import { diffMarkdown, ENGLISH_CUES, parseDocument, renderRedline, type RedlineCues } from '../../../src/lib/redline/index.ts';

// Every text marked, so that an English word left in the output shows.
const MARKED: RedlineCues = {
  inserted: '«ins» ',
  deleted: '«del» ',
  movedHere: '«moved here» ',
  movedAway: '«moved away» ',
  paragraphBreak: '«break»',
  movedBelow: '«to below»',
  movedAbove: '«to above»',
  movedFromBelow: '«from below»',
  movedFromAbove: '«from above»',
  formattingChanged: '«form»',
  numberingChanged: (from, to) => `«number ${from}→${to}»`,
  unnumbered: '«none»',
  restyled: (notes) => `${notes.join(' + ')} — `,
  fold: (paragraphs, words, first, last) => `«${paragraphs} / ${words} / ${first ?? '-'} / ${last ?? '-'}»`,
};

const paragraphs = (n: number, edit?: number): string =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} says ${i === edit ? 'something new' : 'the same thing'}.`).join('\n\n');

describe('renderRedline with cues', () => {
  test.each(['inline', 'side-by-side'] as const)('writes the cues of insertions and deletions from them (%s)', (view) => {
    const html = renderRedline(diffMarkdown('We keep logs for thirty days.', 'We keep logs for sixty days.'), { view, cues: MARKED });
    expect(html).toContain('<span class="redline-cue">«del» </span>thirty');
    expect(html).toContain('<span class="redline-cue">«ins» </span>sixty');
    expect(html).not.toMatch(/inserted|deleted/);
  });

  test('writes the cues and links of a move from them', () => {
    const html = renderRedline(
      diffMarkdown('- Your name and email address\n- The pages you visit', '- The pages you visit\n- Your name and email address'),
      { cues: MARKED },
    );
    expect(html).toContain('«moved away» ');
    expect(html).toContain('«moved here» ');
    expect(html).toContain('href="#change-2">«to below»</a>');
    expect(html).toContain('href="#change-1">«from above»</a>');
    expect(html).not.toMatch(/moved (below|above|from)/);
  });

  test('writes the note of a changed form from them', () => {
    expect(renderRedline(diffMarkdown('### A. Definitions\n\nText.', '## A. Definitions\n\nText.'), { cues: MARKED })).toContain(
      '<span class="redline-cue" id="change-1">«form» — </span>A. Definitions',
    );
    expect(renderRedline(diffMarkdown('1. Fees\n2. Terms', '3. Fees\n4. Terms'), { cues: MARKED })).toContain('«number 1→3» — ');
  });

  test.each(['inline', 'side-by-side'] as const)('writes the summaries of folds from them (%s)', (view) => {
    const html = renderRedline(diffMarkdown(`# Terms\n\n${paragraphs(12)}`, `# Terms\n\n${paragraphs(12, 6)}`), {
      view,
      fold: true,
      cues: MARKED,
    });
    expect(html).toMatch(/<summary class="redline-cue redline-fold-summary">«\d+ \/ \d+ \/ Terms \/ Terms»<\/summary>/);
    expect(html).not.toContain('unchanged paragraph');
  });

  test('writes the cue of a removed paragraph break from them', () => {
    const html = renderRedline(
      diffMarkdown(
        'We keep your logs for a while.\n\nThen we delete them for good.',
        'We keep your logs for a while. Then we delete them for good.',
      ),
      { cues: MARKED },
    );
    expect(html).toContain('<span class="redline-cue">«break»</span>');
  });

  test('writes English without them', () => {
    const redline = diffMarkdown(`# Terms\n\n- One\n- Two\n\n${paragraphs(12)}`, `# Terms\n\n- Two\n- One\n\n${paragraphs(12, 6)}`);
    for (const view of ['inline', 'side-by-side'] as const)
      expect(renderRedline(redline, { view, fold: true })).toBe(renderRedline(redline, { view, fold: true, cues: ENGLISH_CUES }));
  });
});

describe('restyleNote with cues', () => {
  test('words the note from them', () => {
    const [old] = parseDocument('Fees').blocks;
    const [next] = parseDocument('1. Fees').blocks;
    expect(restyleNote([old!], next, MARKED)).toBe('«form» + «number «none»→1» — ');
  });
});
