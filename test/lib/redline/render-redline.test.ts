import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../src/lib/redline/diff-markdown.ts';
import { renderRedline } from '../../../src/lib/redline/render-redline.ts';
import { revisions } from './helpers/markdown-arbitraries.ts';
import { hasClass, normalizeRedline, parseRedline, redlineText, removeElements } from './helpers/redline-html.ts';

const FIXTURES = new URL('../../fixtures/redline/', import.meta.url);
const fixtures = readdirSync(FIXTURES).sort();
const read = (name: string, file: string): string => readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8');

const elements = (tree: Root | RootContent): Element[] =>
  tree.type === 'element' ? [tree, ...tree.children.flatMap(elements)] : tree.type === 'root' ? tree.children.flatMap(elements) : [];

// Where <ins>/<del> (and text) may not stand: the HTML parser would move them out.
const NO_CHANGE_CHILD = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tr']);

function expectValid(html: string): void {
  const tree = parseRedline(html);
  // The HTML parser rebuilds exactly what was rendered: nothing had to be moved or closed.
  expect(toHtml(tree)).toBe(html);
  for (const element of elements(tree)) {
    if (!NO_CHANGE_CHILD.has(element.tagName)) continue;
    for (const child of element.children) {
      if (child.type === 'element') expect(['ins', 'del']).not.toContain(child.tagName);
      if (child.type === 'text') expect(child.value.trim()).toBe('');
    }
  }
}

function expectInert(html: string): void {
  for (const element of elements(parseRedline(html))) {
    expect(['script', 'style', 'iframe', 'object', 'embed', 'form']).not.toContain(element.tagName);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name.toLowerCase()).not.toMatch(/^on/);
      if (name === 'href' || name === 'src') expect(String(value)).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

describe('renderRedline', () => {
  test.each(fixtures)('renders the %s fixture as expected.html says', (name) => {
    const html = renderRedline(diffMarkdown(read(name, 'old.md'), read(name, 'new.md')));
    expect(normalizeRedline(html)).toBe(normalizeRedline(read(name, 'expected.html')));
    expectValid(html);
  });

  test('announces every change inside its element and anchors each change once', () => {
    const html = renderRedline(diffMarkdown('# T\n\nWe keep logs for thirty days.\n\nOld.', '# T\n\nWe keep logs for sixty days.'));
    const tree = parseRedline(html);
    const changes = elements(tree).filter((element) => element.tagName === 'ins' || element.tagName === 'del');
    for (const change of changes) {
      const [cue] = change.children;
      expect(cue?.type === 'element' && hasClass(cue, 'redline-cue')).toBe(true);
      expect(toHtml(cue as Element)).toMatch(change.tagName === 'ins' ? /inserted/ : /deleted/);
    }
    expect(
      elements(tree)
        .filter((element) => element.properties['id'])
        .map((element) => element.properties['id']),
    ).toEqual(['t', 'change-1', 'change-2']);
  });

  test('keeps a heading a heading, a list a list and a table a table', () => {
    const html = renderRedline(
      diffMarkdown('## A\n\n- x\n- y\n\n| h |\n| - |\n| 1 |', '## B\n\n- x\n- z\n- y\n\n| h |\n| - |\n| 2 |\n| 3 |'),
    );
    expect(normalizeRedline(html)).toBe(
      '<h2><del>A</del><ins>B</ins></h2><ul><li>x</li><li><ins>z</ins></li><li>y</li></ul><table><thead><tr><th>h</th></tr></thead><tbody><tr><td><del>1</del></td></tr><tr><td><ins>2</ins></td></tr><tr><td><ins>3</ins></td></tr></tbody></table>',
    );
    expectValid(html);
  });

  test('keeps nested lists nested when items come and go at every level', () => {
    const html = renderRedline(diffMarkdown('1. one\n   - a\n   - b\n2. two\n3. three', '1. one\n   - b\n   - c\n2. three'));
    expect(normalizeRedline(html)).toBe(
      '<ol><li>one <ul><li><del>a</del></li><li>b</li><li><ins>c</ins></li></ul></li><li><del>two</del></li><li>three</li></ol>',
    );
    // Each item keeps the number it has in its own revision.
    expect(html).toContain('<li value="2" class="redline-deleted">');
    expect(html).toContain('<li value="2">three');
    expectValid(html);
  });

  test('renders valid HTML for any pair of revisions', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        expectValid(renderRedline(redline));
        expectValid(renderRedline(redline, { view: 'side-by-side' }));
      }),
      { numRuns: 150 },
    );
  });

  test('with steps, links every change to its neighbours in both views, without changing the text', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        for (const view of ['inline', 'side-by-side'] as const) {
          const plain = renderRedline(redline, { view });
          const html = renderRedline(redline, { view, steps: true });
          expectValid(html);
          expect(redlineText(html)).toBe(redlineText(plain));
          const tree = parseRedline(html);
          const ids = new Set(elements(tree).map((el) => String(el.properties['id'] ?? '')));
          const steps = elements(tree).filter((el) => hasClass(el, 'redline-step'));
          // Every change but the first has a "previous", every change but the last a "next".
          expect(steps).toHaveLength(Math.max(0, 2 * (redline.stats.changes - 1)));
          for (const step of steps) expect(ids).toContain(String(step.properties['href']).slice(1));
        }
      }),
      { numRuns: 100 },
    );
  });

  test.each([
    ['raw HTML', '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\nText <b onclick="alert(1)">b</b>'],
    ['MDX', '<script>{alert(1)}</script>\n\nText <span onClick={() => alert(1)}>b</span>'],
    [
      'links and images',
      '[a](javascript:alert(1)) [b](JaVa\tScRiPt:alert(1)) ![c](data:image/svg+xml,<svg onload=alert(1)>) [d]\n\n[d]: vbscript:msgbox(1)',
    ],
    ['entities', '&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;'],
  ])('never lets %s in a policy inject markup or script', (_, source) => {
    for (const [a, b] of [
      [source, 'Clean.'],
      ['Clean.', source],
      [source, source],
    ]) {
      const redline = diffMarkdown(a as string, b as string);
      expectInert(renderRedline(redline));
      expectInert(renderRedline(redline, { view: 'side-by-side' }));
    }
  });

  test('never lets generated hostile text inject markup or script', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        expectInert(renderRedline(diffMarkdown(a, b)));
      }),
      { numRuns: 150 },
    );
  });

  test('lays the side-by-side view out as old | new rows, each column one revision', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const html = renderRedline(diffMarkdown(a, b), { view: 'side-by-side' });
        const column = (side: 'old' | 'new'): string => {
          const tree = parseRedline(html);
          removeElements(tree, (element) => hasClass(element, `redline-${side === 'old' ? 'new' : 'old'}`));
          return redlineText(toHtml(tree));
        };
        expect(column('old')).toBe(redlineText(renderRedline(diffMarkdown(a, a))));
        expect(column('new')).toBe(redlineText(renderRedline(diffMarkdown(b, b))));
        expect(column('old')).not.toMatch(/inserted/);
      }),
      { numRuns: 150 },
    );
  });

  test('links the two places of a move to each other', () => {
    const html = renderRedline(
      diffMarkdown('- Your name and email address\n- The pages you visit', '- The pages you visit\n- Your name and email address'),
    );
    expect(html).toContain('<del id="change-1" class="redline-moved">');
    expect(html).toContain('href="#change-2">moved below</a>');
    expect(html).toContain('<ins id="change-2" class="redline-moved">');
    expect(html).toContain('href="#change-1">moved from above</a>');
  });

  test("points move links and the policy's own fragment links at the published redline when shown elsewhere", () => {
    const redline = diffMarkdown(
      '- Your name and email address\n- See [terms](#terms)',
      '- See [terms](#terms)\n- Your name and email address',
    );
    const html = renderRedline(redline, { linkBase: 'https://example.com/tos/compare/a...b/' });
    expect(html).toContain('href="https://example.com/tos/compare/a...b/#change-2">moved below</a>');
    expect(html).toContain('href="https://example.com/tos/compare/a...b/#terms"');
  });

  test('says when a block only changed form, anchoring the change on the cue', () => {
    const html = renderRedline(diffMarkdown('### A. Definitions\n\nText.', '## A. Definitions\n\nText.'));
    expect(html).toBe(
      '<h2 class="redline-modified redline-restyled" id="a-definitions"><span class="redline-cue" id="change-1">formatting changed: </span>A. Definitions</h2>\n<p>Text.</p>',
    );
  });
});
