import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cookieRevision, copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { cssString } from '../../src/lib/site/index.ts';
import { cspHash } from '../../src/node/content-security-policy.ts';

const SEED = fixturePath('seed', 'mailly-cookie-policy.txt');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

describe('the built site', () => {
  let site: BuildResult;
  let policies: string;

  beforeAll(async () => {
    policies = copyPolicies();
    site = await buildSite({ policiesDir: policies, asOf: '2026-04-01' });
    if (!site.ok) throw new Error(site.output);
  });

  test('has the index, the policy, its history and a page per revision', () => {
    // Compare pages, section histories, changelogs, the developer, integrity, consent demo and search pages have their own tests.
    const pages = files(site.outDir).filter(
      (path) => path.endsWith('.html') && !/compare\/|sections\/|changelog\/|developers\/|integrity\/|consent\/|search\//.test(path),
    );
    expect(pages).toEqual([
      'cookies/2025-01-20/index.html',
      'cookies/2025-09-01/index.html',
      'cookies/2026-03-14/index.html',
      'cookies/history/index.html',
      'cookies/index.html',
      'index.html',
    ]);
  });

  test('shows every line of the published cookie policy word for word on the current page', () => {
    const text = htmlText(readPage(site.outDir, '/cookies/'));
    const lines = readFileSync(SEED, 'utf8')
      .split('\n')
      .map((line) => line.replace(/^- /, '').trim())
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(90);
    for (const line of lines) expect(text).toContain(line);
  });

  test('gives the revision in force its status and date', () => {
    const text = htmlText(readPage(site.outDir, '/cookies/2026-03-14/'));
    expect(text).toContain('Last updated: March 14, 2026');
    expect(text).toContain('In force since March 14, 2026.');
    expect(text).toContain('Material change');
  });

  test('marks a superseded revision with the days it was in force and a link to the current one', () => {
    const html = readPage(site.outDir, '/cookies/2025-01-20/');
    expect(htmlText(html)).toContain('In force from January 20, 2025 to August 31, 2025 — read the current version.');
    expect(html).toMatch(/<a href="\/cookies\/">read the current version<\/a>/);
  });

  test("prints in every page's margins the version and its permanent address, allowed by the page's own CSP hash", () => {
    for (const path of ['/cookies/', '/cookies/2026-03-14/']) {
      const html = readPage(site.outDir, path);
      const style = /<style>(@page[\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      expect(style).toContain(`@top-left { content: ${cssString('Cookie Policy, version of March 14, 2026')};`);
      expect(style).toContain(`@bottom-left { content: ${cssString('https://policies.mailly.io/cookies/2026-03-14/')};`);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/style-src [^;]*'sha256-/);
      expect(csp).toContain(`'${cspHash(style)}'`);
    }
  });

  test('lists every revision newest first on the history page, linking each', () => {
    const html = readPage(site.outDir, '/cookies/history/');
    const list = html.slice(html.indexOf('<ol class="history"'));
    const links = [...list.matchAll(/href="(\/cookies\/\d{4}-\d{2}-\d{2}\/)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/cookies/2026-03-14/', '/cookies/2025-09-01/', '/cookies/2025-01-20/']);
    expect(htmlText(html)).toContain('Clearer wording in sections 1, 5 and 7.');
  });

  test('gives policy headings stable ids a reader can link to', () => {
    const html = readPage(site.outDir, '/cookies/2025-01-20/');
    expect(html).toContain('<h2 id="1-what-are-cookies">1. What Are Cookies</h2>');
    expect(html).toContain('<h3 id="essential-cookies">Essential Cookies</h3>');
  });

  test("ships no client JavaScript but enhancements: the header's search box, the section notes of revision pages, the compare pages' tools, the search page and the consent demo", () => {
    const all = files(site.outDir).filter((path) => path.endsWith('.html'));
    const scriptsOf = (page: string) => [
      ...readFileSync(join(site.outDir, page), 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g),
    ];
    // A revision's page (and its policy's) notes under each heading when the section last changed.
    const revisionPage = (path: string): boolean => /^cookies\/(\d{4}-\d{2}-\d{2}\/)?index\.html$/.test(path);
    const pages = all.filter((path) => !path.includes('/compare/') && !/^(consent|search)\//.test(path) && !revisionPage(path));
    expect(pages.length).toBeGreaterThan(5);
    const headerScripts = new Set<string>();
    for (const page of pages) {
      // One script, the same on every page: the header's Search link becomes a search box.
      const scripts = scriptsOf(page);
      expect(
        scripts.map((script) => script[1]),
        page,
      ).toEqual([' type="module"']);
      headerScripts.add(scripts[0]?.[2] ?? '');
    }
    expect(headerScripts.size).toBe(1);
    expect([...headerScripts][0]).toContain('data-site-search-toggle');
    const revisions = all.filter(revisionPage);
    expect(revisions.length).toBe(4);
    for (const page of revisions) {
      // Astro's own modules only (allowed by their hashes in the page's Content-Security-Policy).
      const scripts = scriptsOf(page);
      for (const script of scripts) expect(script[1], page).toBe(' type="module"');
      const code = scripts.map((script) => script[2]).join('\n');
      expect(code, page).toContain('data-site-search-toggle');
      expect(code, page).toContain('sectionHeading');
    }
    expect(readPage(site.outDir, '/consent/')).toContain(
      '<script src="/consent/v1/consent.js" data-declaration="/api/cookies/declaration.json">',
    );
  });

  test('is byte-identical when built again as of the same day', async () => {
    const again = await buildSite({ policiesDir: policies, asOf: '2026-04-01' });
    expect(again.ok).toBe(true);
    const first = files(site.outDir);
    expect(files(again.outDir)).toEqual(first);
    for (const path of first) {
      const a = readFileSync(join(site.outDir, path));
      const b = readFileSync(join(again.outDir, path));
      expect(a.equals(b), `${relative(ROOT, join(again.outDir, path))} differs`).toBe(true);
    }
  });
});

describe('the site built before a revision takes effect', () => {
  test('announces a published upcoming revision and keeps unpublished ones out', async () => {
    const site = await buildSite({ policiesDir: copyPolicies(), asOf: '2025-08-20' });
    expect(site.ok, site.output).toBe(true);
    const policy = htmlText(readPage(site.outDir, '/cookies/'));
    expect(policy).toContain('In force since January 20, 2025. A new version takes effect on September 1, 2025: read it now.');
    const upcoming = htmlText(readPage(site.outDir, '/cookies/2025-09-01/'));
    expect(upcoming).toContain(
      'Upcoming. Takes effect on September 1, 2025 (announced on August 18, 2025). Until then, the current version applies.',
    );
    expect(() => readPage(site.outDir, '/cookies/2026-03-14/')).toThrow(/ENOENT/);
  });

  test('keeps in force a section that the upcoming revision removes, and says so', async () => {
    const dir = copyPolicies({ samples: false });
    const upcoming = cookieRevision('2025-09-01.mdx').replace(/## 4\. Third-Party Cookies[\s\S]*?(?=## 5\.)/, '');
    editTree(dir, { 'cookies/2025-01-20.mdx': cookieRevision('2025-01-20.mdx'), 'cookies/2025-09-01.mdx': upcoming });
    lockTree(dir, '2025-08-20');
    const site = await buildSite({ policiesDir: dir, asOf: '2025-08-20' });
    expect(site.ok, site.output).toBe(true);
    const section = htmlText(readPage(site.outDir, '/cookies/sections/4-third-party-cookies/'));
    expect(section).toContain(
      'In the version in force. Part of the policy since January 20, 2025; the version of September 1, 2025, not yet in force, removes it.',
    );
    expect(section).toContain('The text in force');
    expect(section).toContain('Removed in the version of September 1, 2025, not yet in force');
  });
});
