import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../../src/lib/redline/parse/parse-markdown.ts';

describe('parseMarkdown', () => {
  test('parses MDX when it can', () => {
    const parsed = parseMarkdown('<Note>\nHi\n</Note>\n', true);
    expect(parsed.mdx).toBe(true);
    expect(parsed.mdxError).toBeNull();
    expect(parsed.tree.children[0]?.type).toBe('mdxJsxFlowElement');
  });

  test.each([
    ['an HTML comment', '<!-- markdownlint-disable -->\n\nText'],
    ['a Liquid tag', 'Contact us via {% data variables.contact %}.'],
    ['a stray brace', 'Prices {in USD are final.'],
    ['a tag that never closes', 'Kids <13 need consent.'],
  ])('falls back to Markdown + GFM on %s and says where MDX failed', (_, body) => {
    const parsed = parseMarkdown(body, true);
    expect(parsed.mdx).toBe(false);
    expect(parsed.mdxError).toMatch(/^\d+:\d+: /);
    expect(parsed.tree.children.length).toBeGreaterThan(0);
  });

  test('parses GFM tables either way', () => {
    expect(parseMarkdown('| a |\n| - |\n| b |', false).tree.children[0]?.type).toBe('table');
  });
});
