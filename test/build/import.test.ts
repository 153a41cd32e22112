import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, test } from 'vitest';
import { readJekyllSource } from '../../src/lib/import/index.ts';
import { buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { compileSchema } from '../helpers/json-schema.ts';
import { runScript } from '../helpers/run-script.ts';
import { fixturePath } from '../helpers/fixtures.ts';

const CORPORA = ['github-terms-of-service', 'github-subprocessors', 'github-cookies'];

// The words of a text, in order: what "word for word" compares (punctuation and spacing aside).
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

// The words a Markdown source shows: its text, link texts and code, not its HTML (comments, anchors),
// nor table cells beyond the header's columns (GFM drops them, as GitHub does).
function sourceWords(markdown: string): string[] {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') return;
    if (node.type === 'table') {
      const columns = node.children[0]?.children.length ?? 0;
      for (const row of node.children) for (const cell of row.children.slice(0, columns)) visit(cell);
      return;
    }
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return words(parts.join(' '));
}

function byClass(node: Root | RootContent, name: string): Element | undefined {
  if (node.type === 'element' && Array.isArray(node.properties['className']) && node.properties['className'].includes(name)) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = byClass(child, name);
    if (found) return found;
  }
  return undefined;
}

describe('policy:import of the real corpora', () => {
  const dir = tempDir('import');
  let site: BuildResult;

  beforeAll(async () => {
    for (const corpus of CORPORA) {
      // The cookie list is imported with its table read into a cookie declaration.
      const declaration = corpus === 'github-cookies' ? ['--declaration'] : [];
      const from = fixturePath('corpora/github-site-policy', corpus);
      const run = await runScript('policy-import', ['--from', from, '--policy', corpus.replace('github-', ''), ...declaration], {
        POLICIES_DIR: dir,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('npm run policy:lock');
    }
    // Imported revisions are published: they are locked before the site is built, as the import says.
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-11-26' });
    expect(lock.code, lock.stderr).toBe(0);
    site = await buildSite({ policiesDir: dir, asOf: '2026-11-26' });
  });

  test('imports one revision per dated file and passes policy:check', async () => {
    expect(readdirSync(join(dir, 'terms-of-service')).filter((name) => name.endsWith('.mdx'))).toHaveLength(42);
    expect(readdirSync(join(dir, 'subprocessors')).filter((name) => name.endsWith('.mdx'))).toHaveLength(18);
    expect(readdirSync(join(dir, 'cookies')).filter((name) => name.endsWith('.mdx'))).toHaveLength(7);
    expect(readFileSync(join(dir, 'terms-of-service/policy.yml'), 'utf8')).toContain('title: "GitHub Terms of Service"');
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-11-26' });
    expect(check.code, check.stderr).toBe(0);
  });

  test('builds a site from them', () => {
    expect(site.ok, site.output).toBe(true);
  });

  test('publishes the cookie table as a declaration that validates against the schema', () => {
    const json = (path: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(site.outDir, path), 'utf8')) as Record<string, unknown>;
    const document = json('api/cookies/declaration.json') as {
      cookies: { name: string; duration: { iso: string; seconds: number } | null; session: boolean }[];
    };
    expect(compileSchema(json('schemas/cookie-declaration/v1.json'))(document)).toBe(true);
    const byName = new Map(document.cookies.map((cookie) => [cookie.name, cookie]));
    expect(byName.get('_device_id')).toMatchObject({ duration: { iso: 'P365D', seconds: 31_536_000 }, session: false });
    expect(byName.get('color_mode')).toMatchObject({ duration: null, session: true });
    expect(byName.has('gist_oauth_csrf')).toBe(false); // "Deleted when oauth state is validated": left out, and reported
  });

  test.each(CORPORA)('shows every revision of %s word for word', (corpus) => {
    const folder = fixturePath('corpora/github-site-policy', corpus);
    const slug = corpus.replace('github-', '');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
      const expected = sourceWords(readJekyllSource(readFileSync(join(folder, name), 'utf8')).body);
      const page = fromHtml(readFileSync(join(site.outDir, slug, name.slice(0, 10), 'index.html'), 'utf8'));
      const text = byClass(page, 'policy-text');
      expect(text, `${slug}/${name}`).toBeDefined();
      expect(words(toText(text!)), `${slug}/${name}`).toEqual(expected);
    }
  });
});
