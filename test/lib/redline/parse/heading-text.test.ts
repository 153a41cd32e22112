import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Heading } from 'mdast';
import { describe, expect, test } from 'vitest';
import { headingText } from '../../../../src/lib/redline/parse/heading-text.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { parseMarkdown } from '../../../../src/lib/redline/parse/parse-markdown.ts';
import type { InlineNode } from '../../../../src/lib/redline/parse/tokenize-inline.ts';
import { readCorpus } from '../helpers/corpus.ts';

const HEADINGS = [
  '# Terms -- of Service',
  '## GitHub\'s "Terms" --- now...',
  '## `--flag` and <a name="x"></a>anchor',
  '## Terms -- of Service',
  '## Ünïcode ✓ *em* and **strong**',
  '## 3. Foo_bar [link](/x) ![img](/i.png)',
  '## &amp; entities &copy; 2026',
  '### A. Definitions',
  '### A. Definitions',
].join('\n\n');

// The ids Astro puts on a page's headings: render with Astro's own Markdown processor.
async function astroIds(markdown: string): Promise<string[]> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
  const { metadata } = await processor.render(markdown);
  return metadata.headings.map((heading) => heading.slug);
}

describe('headingText', () => {
  test('reads text and inline code, not raw HTML or image alt', () => {
    const { tree } = parseMarkdown('## `code` <b>x</b> ![alt](/i.png) text', false);
    expect(headingText((tree.children[0] as Heading).children as unknown as InlineNode[], true)).toBe('code x  text');
  });

  test('turns runs of hyphens into a dash only with smart punctuation, and never in code', () => {
    const { tree } = parseMarkdown('# a -- b `--c`', false);
    const children = (tree.children[0] as Heading).children as unknown as InlineNode[];
    expect(headingText(children, true)).toBe('a – b --c');
    expect(headingText(children, false)).toBe('a -- b --c');
  });

  test('gives headings the same ids Astro gives them on the page', async () => {
    expect(parseDocument(HEADINGS).sections.map((section) => section.id)).toEqual(await astroIds(HEADINGS));
  });

  test('gives every heading of the real Terms of Service the id Astro gives it', async () => {
    const terms = readCorpus().find((policy) => policy.name === 'github-terms-of-service');
    const source = terms?.sources.at(-1) ?? '';
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const ids = parseDocument(source).sections.map((section) => section.id);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids).toEqual(await astroIds(body));
  });

  test('reads inline content nested thousands deep without recursion', () => {
    const { tree } = parseMarkdown(`# ${'<b>'.repeat(5_000)}deep${'</b>'.repeat(5_000)}`, true);
    expect(headingText((tree.children[0] as Heading).children as unknown as InlineNode[], true)).toBe('deep');
  });
});
