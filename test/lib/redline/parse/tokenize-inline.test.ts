import type { Paragraph } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../../src/lib/redline/parse/parse-markdown.ts';
import { tokenizeInline } from '../../../../src/lib/redline/parse/tokenize-inline.ts';
import { createTokenTable } from '../../../../src/lib/redline/parse/tokenize-text.ts';
import type { InlineNode } from '../../../../src/lib/redline/parse/tokenize-inline.ts';

const inline = (markdown: string, mdx = false) => {
  const { tree } = parseMarkdown(markdown, mdx);
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  const definitions = new Map([['ref', { url: 'https://example.com/ref', title: '' }]]);
  return tokenizeInline((paragraph?.children ?? []) as unknown as InlineNode[], {
    definitions,
    source: markdown,
    table: createTokenTable(),
  });
};

describe('tokenizeInline', () => {
  test('gives tokens the marks they sit in, outermost first', () => {
    const token = inline('**a [b](https://x.test)**').find((t) => t.text === 'b');
    expect(token?.marks.map((mark) => mark.type)).toEqual(['strong', 'link']);
  });

  test('makes a changed link target or emphasis compare unequal', () => {
    const key = (markdown: string): string | undefined => inline(markdown).find((t) => t.text === 'terms')?.key;
    expect(key('[terms](https://a.test)')).not.toBe(key('[terms](https://b.test)'));
    expect(key('*terms*')).not.toBe(key('terms'));
    expect(key('*terms*')).toBe(key('_terms_'));
  });

  test('resolves reference links through their definition', () => {
    const link = inline('[terms][ref]\n\n[ref]: https://example.com/ref').find((t) => t.text === 'terms')?.marks[0];
    expect(link).toMatchObject({ type: 'link', url: 'https://example.com/ref' });
  });

  test.each(['a<br>b', 'a<br/>b', 'a</br>b', 'a  \nb'])('turns %j into a line break', (markdown) => {
    expect(inline(markdown).map((t) => t.kind)).toEqual(['word', 'break', 'word']);
  });

  test('keeps raw inline HTML as marked text, never as markup', () => {
    const tokens = inline('x <span onclick="evil()">y</span>');
    expect(tokens.map((t) => t.text).join('')).toBe('x <span onclick="evil()">y</span>');
    expect(tokens.find((t) => t.text === 'onclick')?.marks[0]?.type).toBe('html');
  });

  test('makes an image one token carrying its alt text and source', () => {
    const [image] = inline('![Our logo](https://example.com/logo.png)');
    expect(image).toMatchObject({ kind: 'image', text: 'Our logo', url: 'https://example.com/logo.png' });
  });

  test('shows an empty MDX component as the tag it was written as', () => {
    expect(
      inline('New <Badge kind="new" /> here', true)
        .map((t) => t.text)
        .join(''),
    ).toBe('New <Badge kind="new" /> here');
  });

  test('trims whitespace at both ends', () => {
    expect(inline('*a* ').at(-1)?.kind).toBe('word');
  });

  test('leaves out inline comments, which readers never see', () => {
    expect(
      inline('a <!-- note --> b')
        .map((t) => t.text)
        .join(''),
    ).toBe('a b');
    expect(
      inline('a {/* note */} b', true)
        .map((t) => t.text)
        .join(''),
    ).toBe('a b');
  });

  test('tokenizes marks nested thousands deep without recursion, keeping at most MAX_NESTING', () => {
    const context = { definitions: new Map(), source: '', table: createTokenTable(), capped: 0 };
    const { tree } = parseMarkdown(`${'<b>'.repeat(5_000)}deep${'</b>'.repeat(5_000)}`, true);
    const [token] = tokenizeInline(((tree.children[0] as Paragraph).children ?? []) as unknown as InlineNode[], context);
    expect(token?.text).toBe('deep');
    expect(token?.marks).toHaveLength(64);
    expect(context.capped).toBeGreaterThan(0);
  });
});
