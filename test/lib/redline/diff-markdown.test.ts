import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../src/lib/redline/diff-markdown.ts';
import { renderRedline } from '../../../src/lib/redline/index.ts';
import type { Redline } from '../../../src/lib/redline/index.ts';
import { markdown, revisions } from './helpers/markdown-arbitraries.ts';
import { redlineText, redlineTextContent } from './helpers/redline-html.ts';
import { wordsOfMarkdown } from './helpers/words.ts';

// The invariants, on generated structured Markdown (headings, emphasis, links, nested
// lists, GFM tables, blockquotes, code, HTML, JSX, hostile text). Texts ignore the engine's own
// text (`.redline-cue`); both a block-aware reading (hast-util-to-text, like innerText) and the
// DOM's textContent are checked.
const render = (a: string, b: string): string => renderRedline(diffMarkdown(a, b));
// A revision alone, read the way the redline read it: when only one of two revisions is valid MDX,
// both are compared as Markdown (stats.readAsMarkdown), so that one is also shown as Markdown.
const alone = (source: string, side: 'old' | 'new', redline: Redline): string =>
  renderRedline(diffMarkdown(source, source, { mdx: redline.stats.readAsMarkdown !== side }));

describe('diffMarkdown', () => {
  test('finds no change between a document and itself', () => {
    fc.assert(
      fc.property(markdown, (a) => {
        const html = render(a, a);
        expect(html).not.toMatch(/<(ins|del)\b/);
        expect(diffMarkdown(a, a).stats).toMatchObject({ wordsInserted: 0, wordsDeleted: 0, changes: 0 });
      }),
      { numRuns: 200 },
    );
  });

  test('shows the old text without <ins> and the new text without <del>, nothing lost or invented', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        const html = renderRedline(redline);
        const [oldAlone, newAlone] = [alone(a, 'old', redline), alone(b, 'new', redline)];
        expect(redlineText(html, 'ins')).toBe(redlineText(oldAlone));
        expect(redlineText(html, 'del')).toBe(redlineText(newAlone));
        expect(redlineTextContent(html, 'ins')).toBe(redlineTextContent(oldAlone));
        expect(redlineTextContent(html, 'del')).toBe(redlineTextContent(newAlone));
      }),
      { numRuns: 600 },
    );
  });

  test('keeps every word of the document in the rendered text, in order', () => {
    fc.assert(
      fc.property(markdown, (a) => {
        const shown = wordsOfText(redlineText(render(a, a)));
        let at = 0;
        for (const word of wordsOfMarkdown(a)) {
          at = shown.indexOf(word, at);
          expect(at, `"${word}" is missing`).toBeGreaterThanOrEqual(0);
          at++;
        }
      }),
      { numRuns: 200 },
    );
  });
});

function wordsOfText(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
