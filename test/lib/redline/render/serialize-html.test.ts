import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';
import { element, text } from '../../../../src/lib/redline/render/element.ts';
import { renderInlineView } from '../../../../src/lib/redline/render/render-inline-view.ts';
import { renderSideBySide } from '../../../../src/lib/redline/render/render-side-by-side.ts';
import { serializeHtml } from '../../../../src/lib/redline/render/serialize-html.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { revisions } from '../helpers/markdown-arbitraries.ts';

describe('serializeHtml', () => {
  test('writes what hast-util-to-html writes, byte for byte, for both views of real redlines', () => {
    const terms = readCorpus().find((policy) => policy.name === 'github-terms-of-service');
    const sources = terms?.sources ?? [];
    expect(sources.length).toBeGreaterThan(40);
    for (const [a, b] of [
      [0, 1],
      [0, sources.length - 1],
      [20, 21],
    ] as const) {
      const redline = diffMarkdown(sources[a] as string, sources[b] as string);
      for (const tree of [renderInlineView(redline, '', true), renderSideBySide(redline, 'https://example.com/x/', false)])
        expect(serializeHtml(tree)).toBe(toHtml(tree));
    }
  });

  test('writes what hast-util-to-html writes for generated revisions, hostile text included', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        for (const tree of [renderInlineView(redline, '', true), renderSideBySide(redline, '', true)])
          expect(serializeHtml(tree)).toBe(toHtml(tree));
      }),
      { numRuns: 200 },
    );
  });

  test('escapes text and attribute values so they can never become markup', () => {
    const hostile = '"><script>alert(1)</script>&amp;\'`=';
    const tree: Element = element('p', { title: hostile, className: ['a', 'b'], dataNote: hostile, hidden: true, ariaHidden: 'true' }, [
      text(hostile),
      element('br'),
    ]);
    const html = serializeHtml(tree);
    expect(html).toBe(toHtml(tree));
    // Read back by an HTML parser: one paragraph whose text and attributes are the hostile string, no script.
    const [p] = fromHtml(html, { fragment: true }).children as Element[];
    expect(p?.tagName).toBe('p');
    expect(p?.properties).toMatchObject({ title: hostile, dataNote: hostile, className: ['a', 'b'], hidden: true });
    expect(
      p?.children.map((child) => (child.type === 'text' ? child.value : `<${child.type === 'element' ? child.tagName : ''}>`)),
    ).toEqual([hostile, '<br>']);
  });

  test('refuses nodes the redline never renders', () => {
    expect(() => serializeHtml({ type: 'root', children: [{ type: 'comment', value: 'x' }] })).toThrow(/unexpected comment node/);
    expect(() => serializeHtml(element('script', {}, [text('x')]))).toThrow(/<script> content/);
  });
});
