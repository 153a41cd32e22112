import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PARSER, parseDocument, type MarkdownParser, type RedlineDocument } from '../../../../src/lib/redline/index.ts';
import { ROOT } from '../../../helpers/paths.ts';
import { markdown } from '../helpers/markdown-arbitraries.ts';

// The engine parses with satteri, Astro's own Markdown engine, and falls back to remark where the
// native binding is missing. The fallback is only real if it gives the same blocks: this holds the two
// parsers to the same documents on every Markdown and MDX file under test/fixtures — the corpora's
// real revision histories, the redline fixtures, the sample and hostile policies.

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// Everything but the parser's name and the wording of MDX's error, which each parser words its own way
// (whether MDX failed, and so how the revision was read, is compared).
function comparable(doc: RedlineDocument): unknown {
  const { parser: _parser, mdxError, ...rest } = doc;
  return { ...rest, mdxFailed: mdxError !== null };
}

describe('the Markdown parsers agree', () => {
  const files = fixtureFiles(join(ROOT, 'test/fixtures'));

  test('the tree holds the corpora and the fixtures (a moved folder would empty this test)', () => {
    expect(files.filter((file) => file.includes('/corpora/')).length).toBeGreaterThanOrEqual(67);
    expect(files.length).toBeGreaterThanOrEqual(110);
  });

  test('satteri is the parser on this machine, so the suite runs the one that renders the pages', () => {
    expect(DEFAULT_PARSER).toBe('satteri');
  });

  test.each(files.map((file) => [relative(ROOT, file), file]))('%s: the same blocks, sections and reading', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    for (const smartPunctuation of [true, false]) {
      const native = parseDocument(source, { smartPunctuation, parser: 'satteri' });
      const fallback = parseDocument(source, { smartPunctuation, parser: 'remark' });
      expect(native.parser).toBe('satteri');
      expect(fallback.parser).toBe('remark');
      expect(comparable(native)).toEqual(comparable(fallback));
    }
  });

  test('MDX read as Markdown agrees too (a pair of revisions read alike)', () => {
    for (const file of files.filter((name) => name.includes('/redline/'))) {
      const source = readFileSync(file, 'utf8');
      expect(comparable(parseDocument(source, { mdx: false, parser: 'satteri' }))).toEqual(
        comparable(parseDocument(source, { mdx: false, parser: 'remark' })),
      );
    }
  });
});

describe('satteri is the version Astro renders with', () => {
  const version = (packageDir: string): string =>
    (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const packageDirOf = (entry: string): string => {
    let dir = dirname(entry);
    while (!readdirSync(dir).includes('package.json')) dir = dirname(dir);
    return dir;
  };

  test('package.json pins it exactly, to the copy Astro’s Markdown renderer resolves', () => {
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies
      .satteri;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const ours = packageDirOf(createRequire(join(ROOT, 'package.json')).resolve('satteri'));
    const astros = packageDirOf(createRequire(join(ROOT, 'node_modules/@astrojs/markdown-satteri/package.json')).resolve('satteri'));
    expect(version(ours)).toBe(pinned);
    expect(astros).toBe(ours);
  });
});

describe('the Markdown parsers on generated documents', () => {
  // Generated documents (hostile words, raw HTML, components, tables in every mix) find what the
  // corpora do not: four classes of difference, each pinned below. Satteri renders the pages, so where
  // they differ the redline now agrees with the page; the remark fallback does not.
  test('read as Markdown, they agree on everything but GFM e-mail links written with mailto:', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        fc.pre(!source.includes('mailto:'));
        expect(comparable(parseDocument(source, { mdx: false, parser: 'satteri' }))).toEqual(
          comparable(parseDocument(source, { mdx: false, parser: 'remark' })),
        );
      }),
      { numRuns: 1000 },
    );
  });

  const differs = (source: string, mdx: boolean) =>
    expect(comparable(parseDocument(source, { mdx, parser: 'satteri' }))).not.toEqual(
      comparable(parseDocument(source, { mdx, parser: 'remark' })),
    );

  test('known difference: remark links "mailto:x@example.com" whole, satteri only the address', () => {
    differs('Write to [\\](mailto:x@example.com) today.\n', false);
  });

  test('known difference (MDX): an element alone on its line is a block to satteri, a phrase in a paragraph to remark', () => {
    differs('<b>alert(1)</b>\n', true);
  });

  test('known difference (MDX): in a table cell satteri reads a lone `<` as text, where remark rejects MDX', () => {
    const mdxRead = (source: string, parser: MarkdownParser) => parseDocument(source, { parser }).mdx;
    expect(mdxRead('| a |\n| --- |\n| < |\n', 'satteri')).toBe(true);
    expect(mdxRead('| a |\n| --- |\n| < |\n', 'remark')).toBe(false);
  });

  test('an HTML block in a list item ends where remark ends it (satteri keeps its line ending; the engine trims it)', () => {
    const source = '- item\n   - <script>alert(1)</script>\n- next\n';
    expect(comparable(parseDocument(source, { mdx: false, parser: 'satteri' }))).toEqual(
      comparable(parseDocument(source, { mdx: false, parser: 'remark' })),
    );
  });
});
