import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownToMdx } from '../../../src/lib/import/index.ts';
import { readRevisionBody } from '../../../src/lib/revision-body/index.ts';

const parsesAsMdx = (mdx: string): boolean => {
  unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(mdx);
  return true;
};

describe('markdownToMdx', () => {
  test.each([
    ['an HTML comment', 'Text <!-- markdownlint-disable --> here.', 'Text {/* markdownlint-disable */} here.', 'HTML comment'],
    ['a Liquid tag', 'Write to {% data variables.contact.email %}.', 'Write to \\{% data variables.contact.email %\\}.', 'Liquid tag'],
    ['an email autolink', 'Mail <privacy@github.com> now.', 'Mail [privacy@github.com](mailto:privacy@github.com) now.', 'email autolink'],
    ['a URL autolink', 'See <https://example.com/a>.', 'See [https://example.com/a](https://example.com/a).', 'autolink'],
    ['an invalid closing br', 'One</br>two<br>three', 'One<br />two<br />three', 'line break tag'],
    ['a stray brace', 'Use {placeholders} as is.', 'Use \\{placeholders\\} as is.', 'brace'],
    ['a less-than sign', 'If a < b then.', 'If a \\< b then.', 'less-than sign'],
  ])('converts %s so MDX reads it as the Markdown did', (_case, markdown, mdx, note) => {
    const result = markdownToMdx(markdown);
    expect(result.mdx).toBe(mdx);
    expect(result.notes).toContain(note);
    expect(parsesAsMdx(result.mdx)).toBe(true);
  });

  test('leaves code as it is', () => {
    const markdown = 'Run `a < b && {x}` and\n\n```html\n<!-- kept --> <br>\n```\n';
    expect(markdownToMdx(markdown)).toEqual({ mdx: markdown, notes: [] });
  });

  test('keeps GFM tables and valid HTML anchors', () => {
    const markdown = '<a name="terms"></a>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    expect(markdownToMdx(markdown).mdx).toBe(markdown);
  });

  test('shows HTML that MDX cannot read as text rather than failing', () => {
    const result = markdownToMdx('An <img src=x> image and <p>open paragraph.');
    expect(parsesAsMdx(result.mdx)).toBe(true);
    expect(result.notes).toContain('HTML that MDX cannot read, shown as text');
  });

  test.each([
    ['a script', 'Hi <script>alert(1)</script> there.', 'Hi <script>alert(1)</script> there.'],
    ['an event handler', '<img src="x.png" alt="" onerror="alert(1)" />', '<img src="x.png" alt="" onerror="alert(1)" />'],
    ['a javascript: link', '[click](javascript:alert(1))', '[click](javascript:alert(1))'],
    ['a data: image', '![x](data:image/png;base64,AAAA)', '![x](data:image/png;base64,AAAA)'],
    ['an iframe', '<iframe src="https://example.com"></iframe>\n\nText.', '<iframe src="'],
  ])('shows %s as the text it was, so the import passes the check, and says so', (_case, markdown, shown) => {
    const result = markdownToMdx(markdown);
    const body = readRevisionBody(result.mdx);
    expect(body.problems).toEqual([]);
    expect(
      body.html
        ?.replace(/<[^>]*>/g, '')
        .replace(/&#x3C;/g, '<')
        .replace(/&#x26;/g, '&'),
    ).toContain(shown);
    expect(result.notes).toContain('HTML or links a policy may not contain (scripts, event handlers, javascript: URLs, …), shown as text');
  });
});
