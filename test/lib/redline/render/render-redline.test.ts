import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';
import { renderRedline } from '../../../../src/lib/redline/render/render-redline.ts';
import type { Redline } from '../../../../src/lib/redline/index.ts';
import { validateHtml } from '../../../checkers/validate-html.ts';
import { corpusPairs, readCorpus } from '../helpers/corpus.ts';
import { revisions } from '../helpers/markdown-arbitraries.ts';
import { hasClass, normalizeRedline, parseRedline, redlineText, removeElements } from '../helpers/redline-html.ts';

const FIXTURES = new URL('../../../fixtures/redline/', import.meta.url);
const fixtures = readdirSync(FIXTURES).sort();
const read = (name: string, file: string): string => readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8');
// A fixture may also state counts (stats) the HTML cannot show, in expected-stats.json.
const expectedStats = (name: string): object | null =>
  existsSync(new URL(`${name}/expected-stats.json`, FIXTURES)) ? (JSON.parse(read(name, 'expected-stats.json')) as object) : null;

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

// Every change N has exactly one anchor `change-N`; no id twice; every section's first change and
// every same-page link (`#…`: steps, moves, the policy's own fragment links) lands on an id.
function expectAnchored(html: string, redline: Redline): void {
  const tree = parseRedline(html);
  const ids = elements(tree).flatMap((element) => (element.properties['id'] === undefined ? [] : [String(element.properties['id'])]));
  expect(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    'duplicate ids',
  ).toEqual([]);
  for (let change = 1; change <= redline.stats.changes; change++) expect(ids, `change-${change}`).toContain(`change-${change}`);
  expect(ids.filter((id) => /^change-\d+$/.test(id))).toHaveLength(redline.stats.changes);
  for (const section of redline.stats.sections) expect(ids).toContain(section.firstChangeId);
  for (const element of elements(tree)) {
    const href = element.properties['href'];
    if (typeof href === 'string' && href.startsWith('#')) expect(ids, `link to ${href}`).toContain(href.slice(1));
  }
}

// Every row of a table has as many cells as its header row, as GFM renders it.
function expectRectangularTables(html: string): void {
  for (const table of elements(parseRedline(html)).filter((element) => element.tagName === 'table')) {
    const widths = elements(table)
      .filter((element) => element.tagName === 'tr')
      .map((row) => row.children.filter((cell) => cell.type === 'element').length);
    expect(new Set(widths).size, `row widths ${widths.join(', ')}`).toBeLessThanOrEqual(1);
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
  test.each(fixtures)('renders the %s fixture as expected.html (and expected-stats.json) says', (name) => {
    const redline = diffMarkdown(read(name, 'old.md'), read(name, 'new.md'));
    const html = renderRedline(redline);
    expect(normalizeRedline(html)).toBe(normalizeRedline(read(name, 'expected.html')));
    expectValid(html);
    expectAnchored(html, redline);
    expectAnchored(renderRedline(redline, { view: 'side-by-side' }), redline);
    const stats = expectedStats(name);
    if (stats) expect(redline.stats).toMatchObject(stats);
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
      '<ol><li value="1">one <ul><li><del>a</del></li><li>b</li><li><ins>c</ins></li></ul></li><li value="2"><del>two</del></li><li value="2">three</li></ol>',
    );
    // Each item keeps the number it has in its own revision, and a changed number is a change.
    expect(html).toContain('<li value="2" class="redline-deleted">');
    expect(html).toContain(
      '<li value="2" class="redline-modified redline-restyled"><span class="redline-cue" id="change-3">numbering changed from 3 to 2: </span>three',
    );
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

  test('anchors every change exactly once in both views, with unique ids and links that land', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        expectAnchored(renderRedline(redline), redline);
        expectAnchored(renderRedline(redline, { view: 'side-by-side' }), redline);
      }),
      { numRuns: Number(process.env['RUNS'] ?? 300) },
    );
  });

  test("gives every table row its header row's number of cells, in each revision and each side-by-side column", () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        expectRectangularTables(renderRedline(diffMarkdown(a, a)));
        expectRectangularTables(renderRedline(diffMarkdown(b, b)));
        const html = renderRedline(diffMarkdown(a, b), { view: 'side-by-side' });
        const tree = parseRedline(html);
        for (const side of elements(tree).filter((element) => hasClass(element, 'redline-side'))) expectRectangularTables(toHtml(side));
      }),
      { numRuns: Number(process.env['RUNS'] ?? 200) },
    );
  });

  const columnText = (html: string, side: string): string =>
    elements(parseRedline(html))
      .filter((el) => hasClass(el, side))
      .map((cell) => redlineText(toHtml(cell)))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();

  test('with fold, hides only unchanged text, in whole top-level blocks, and keeps every change and id in view', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        for (const view of ['inline', 'side-by-side'] as const) {
          const plain = renderRedline(redline, { view });
          const html = renderRedline(redline, { view, fold: true });
          expectValid(html);
          const tree = parseRedline(html);
          // Folding adds the folds' summaries (engine text, `redline-cue`), nothing else: the text and the ids are the same.
          expect(
            elements(tree)
              .filter((el) => el.tagName === 'summary')
              .every((el) => hasClass(el, 'redline-cue')),
          ).toBe(true);
          if (view === 'inline') expect(redlineText(html)).toBe(redlineText(plain));
          // Side by side, a folded run is a row of its own: each column reads the same, in order.
          else for (const side of ['redline-old', 'redline-new']) expect(columnText(html, side)).toBe(columnText(plain, side));
          const ids = (root: Root): string[] =>
            elements(root)
              .map((el) => String(el.properties['id'] ?? ''))
              .filter(Boolean);
          expect(ids(tree).sort()).toEqual(ids(parseRedline(plain)).sort());
          for (const fold of elements(tree).filter((el) => el.tagName === 'details')) {
            expect(hasClass(fold, 'redline-fold')).toBe(true);
            // Nothing changed is ever folded away.
            expect(
              elements(fold).some((el) => ['ins', 'del'].includes(el.tagName) || /^change-\d+$/.test(String(el.properties['id'] ?? ''))),
            ).toBe(false);
          }
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
        const redline = diffMarkdown(a, b);
        const html = renderRedline(redline, { view: 'side-by-side' });
        // Each revision alone, read as the redline read it (both as Markdown when only one is valid MDX).
        const alone = (source: string, side: 'old' | 'new'): string =>
          redlineText(renderRedline(diffMarkdown(source, source, { mdx: redline.stats.readAsMarkdown !== side })));
        const column = (side: 'old' | 'new'): string => {
          const tree = parseRedline(html);
          removeElements(tree, (element) => hasClass(element, `redline-${side === 'old' ? 'new' : 'old'}`));
          return redlineText(toHtml(tree));
        };
        expect(column('old')).toBe(alone(a, 'old'));
        expect(column('new')).toBe(alone(b, 'new'));
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
      '- Your name and email address\n- See [terms](#terms)\n\n## Terms',
      '- See [terms](#terms)\n- Your name and email address\n\n## Terms',
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

  // Tables are where rows of the wrong width broke validation (wcag/h63 on github-cookies 2024-04-17 → 2025-07-31).
  test.each(readCorpus().filter((policy) => policy.name !== 'github-terms-of-service'))(
    'renders every redline of the $name corpus as valid HTML (html-validate), in both views',
    async (policy) => {
      for (const [i, j] of corpusPairs(policy.sources.length)) {
        const redline = diffMarkdown(policy.sources[i] ?? '', policy.sources[j] ?? '');
        for (const view of ['inline', 'side-by-side'] as const) {
          const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Redline</title></head><body><main>${renderRedline(redline, { view })}</main></body></html>`;
          expect(await validateHtml(page, `${policy.dates[i]}...${policy.dates[j]} ${view}`)).toEqual([]);
        }
      }
    },
  );

  test('marks and anchors a change of indentation in code', () => {
    const redline = diffMarkdown('```\nb();\n```', '```\n  b();\n```');
    const html = renderRedline(redline);
    expect(html).toContain('<ins id="change-1"><span class="redline-cue">inserted: </span>  </ins>b();');
    expectAnchored(html, redline);
  });
});

describe('renderRedline under a base path', () => {
  const redline = diffMarkdown(
    'See [the history](/cookies/history/) and ![the map](/images/map.png).',
    'See [all versions](/cookies/history/) and ![the map](/images/map.png), or [mail us](mailto:a@example.com).',
  );

  test('moves the policy’s root-relative links and images under the site’s base path', () => {
    const html = renderRedline(redline, { siteBase: '/legal/' });
    expect(html).toContain('href="/legal/cookies/history/"');
    expect(html).toContain('src="/legal/images/map.png"');
    expect(html).toContain('href="mailto:a@example.com"');
    expect(html).not.toMatch(/(?:href|src)="\/(?!legal\/)/);
  });

  test('makes them absolute against the link base in a feed, base path included', () => {
    const html = renderRedline(redline, { siteBase: '/legal/', linkBase: 'https://example.com/legal/cookies/compare/a...b/' });
    expect(html).toContain('href="https://example.com/legal/cookies/history/"');
    expect(html).toContain('src="https://example.com/legal/images/map.png"');
  });

  test('leaves them as written at the root of the host', () => {
    const html = renderRedline(redline);
    expect(html).toContain('href="/cookies/history/"');
    expect(html).toContain('src="/images/map.png"');
  });
});
