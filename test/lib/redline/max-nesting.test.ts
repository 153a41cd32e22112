import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../src/lib/redline/diff-markdown.ts';
import { MAX_NESTING } from '../../../src/lib/redline/max-nesting.ts';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';
import { renderRedline } from '../../../src/lib/redline/render-redline.ts';
import { redlineText } from './helpers/redline-html.ts';

describe('MAX_NESTING', () => {
  test('leaves room for any real policy and bounds rendering depth', () => {
    expect(MAX_NESTING).toBeGreaterThanOrEqual(32);
    expect(MAX_NESTING).toBeLessThanOrEqual(200);
  });

  test.each([
    ['blockquotes', (depth: number) => `${'>'.repeat(depth)} deep`],
    ['lists', (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- deep ${i}`).join('\n')],
    ['emphasis', (depth: number) => `${'*'.repeat(depth)}deep${'*'.repeat(depth)}`],
    ['components', (depth: number) => `${'<A>\n\n'.repeat(depth)}deep${'\n\n</A>'.repeat(depth)}`],
  ])('renders %s nested far deeper, at most that deep, keeping all text and saying so', (_, nested) => {
    // Lists parse slowly when deep (micromark), so they are tried a little less deep.
    const source = nested(_ === 'lists' ? 200 : 3_000);
    const doc = parseDocument(source);
    expect(doc.nestingCapped).toBeGreaterThan(0);
    for (const block of doc.blocks) expect(block.frames.length).toBeLessThanOrEqual(MAX_NESTING + 1);
    const redline = diffMarkdown(source, `${source}\n\nAdded.`);
    expect(redline.stats.fallbackReasons.join()).toMatch(/deeper than 64/);
    const html = renderRedline(redline);
    expect(redlineText(html, 'ins')).toBe(redlineText(renderRedline(diffMarkdown(source, source))));
    expect(redlineText(html)).toContain('deep');
  });
});
