import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../src/lib/redline/diff-markdown.ts';
import { MAX_NESTING } from '../../../src/lib/redline/max-nesting.ts';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';
import { renderRedline } from '../../../src/lib/redline/render-redline.ts';
import { TextBoundError } from '../../../src/lib/redline/text-bounds.ts';
import { redlineText } from './helpers/redline-html.ts';

describe('MAX_NESTING', () => {
  test('leaves room for any real policy and bounds rendering depth', () => {
    expect(MAX_NESTING).toBeGreaterThanOrEqual(32);
    expect(MAX_NESTING).toBeLessThanOrEqual(200);
  });

  test('renders emphasis nested deeper, at most that deep, keeping all text and saying so', () => {
    // 100 levels: deeper than MAX_NESTING, yet within the bounds parseDocument enforces (MAX_EMPHASIS_MARKS).
    const source = `${'*a '.repeat(100)}deep${' b*'.repeat(100)}`;
    const doc = parseDocument(source);
    expect(doc.nestingCapped).toBeGreaterThan(0);
    for (const block of doc.blocks) expect(block.frames.length).toBeLessThanOrEqual(MAX_NESTING + 1);
    const redline = diffMarkdown(source, `${source}\n\nAdded.`);
    expect(redline.stats.fallbackReasons.join()).toMatch(/deeper than 64/);
    const html = renderRedline(redline);
    expect(redlineText(html, 'ins')).toBe(redlineText(renderRedline(diffMarkdown(source, source))));
    expect(redlineText(html)).toContain('deep');
  });

  test.each([
    ['blockquotes', `${'>'.repeat(3_000)} deep`],
    ['lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- deep ${i}`).join('\n')],
    ['emphasis', `${'*'.repeat(3_000)}deep${'*'.repeat(3_000)}`],
    ['components', `${'<A>\n\n'.repeat(3_000)}deep${'\n\n</A>'.repeat(3_000)}`],
  ])('is never reached by %s nested far deeper: parseDocument refuses them before parsing', (_, source) => {
    expect(() => parseDocument(source)).toThrow(TextBoundError);
  });
});
