import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatBytes } from '../../src/lib/search/index.ts';
import { siteFiles } from '../checkers/site-files.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/page-text.ts';
import { copyPolicies } from '../helpers/policy-tree.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/legal/';

const csp = (html: string): string => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('the search index of a site built under a base path', () => {
  let site: BuildResult;
  let server: StaticServer;

  beforeAll(async () => {
    // Mailly's cookie policy with its sample history: three revisions, one in force.
    site = await buildSite({ policiesDir: copyPolicies(), asOf: '2026-04-01', base: BASE });
    if (!site.ok) throw new Error(site.output);
    server = await serveStatic(site.outDir, BASE);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('is written beside the pages, in pagefind/, and served under the base path only', async () => {
    expect(existsSync(join(site.outDir, 'pagefind/pagefind.js'))).toBe(true);
    const served = await fetch(`${server.url}${BASE}pagefind/pagefind.js`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('javascript');
    expect(await served.text()).toContain('noWorker');
    expect((await fetch(`${server.url}/pagefind/pagefind.js`)).status).toBe(404);
  });

  test('is reported in the build log: the pages indexed and its exact size on disk, readable too', () => {
    const line =
      /\[redline\] search index: (\d+) pages? indexed, ([\d,]+) files?, ([\d,]+) bytes? \(([^)]+)\) in pagefind\/, in [\d,]+ ms/.exec(
        site.output,
      );
    expect(line, site.output).not.toBeNull();
    const [, pages, count, bytes, readable] = line ?? [];
    const bundle = siteFiles(site.outDir).filter((path) => path.startsWith('pagefind/'));
    const size = bundle.reduce((sum, path) => sum + statSync(join(site.outDir, path)).size, 0);
    expect(Number(pages)).toBe(3); // every revision's permanent page, and nothing else
    expect(Number(count?.replaceAll(',', ''))).toBe(bundle.length);
    expect(Number(bytes?.replaceAll(',', ''))).toBe(size);
    expect(readable).toBe(formatBytes(size));
    expect(size).toBeGreaterThan(10_000);
  });

  test('reads the text of each revision on its permanent page, with its policy, status and year, and of no other page', () => {
    const marked = (route: string): string[] =>
      [...readPage(site.outDir, route).matchAll(/<div data-pagefind-body[^>]*>/g)].map((m) => m[0]);
    for (const [date, status] of [
      ['2025-01-20', 'Superseded'],
      ['2025-09-01', 'Superseded'],
      ['2026-03-14', 'In force'],
    ] as const) {
      const [body, ...more] = marked(`/cookies/${date}/`);
      expect(more).toEqual([]);
      expect(body).toContain(`data-search-policy="Cookie Policy" data-search-status="${status}" data-search-year="${date.slice(0, 4)}"`);
      // The body holds the policy text, whose element policy:verify reads, unchanged.
      expect(readPage(site.outDir, `/cookies/${date}/`)).toMatch(/<div data-pagefind-body[^>]*>\s*<div class="policy-text">/);
    }
    // The policy's own page repeats the version in force: not indexed, so no result appears twice.
    for (const route of ['/cookies/', '/', '/cookies/history/', '/cookies/compare/2025-01-20...2026-03-14/', '/search/']) {
      expect(readPage(site.outDir, route), route).not.toContain('data-pagefind-body');
    }
  });

  test('is searched from /legal/search/, the one page whose policy allows WebAssembly', () => {
    const html = readPage(site.outDir, '/search/');
    expect(html).toContain(`action="${BASE}search/"`);
    const policy = csp(html);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/);
    expect(policy).toContain("worker-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    for (const route of ['/', '/cookies/', '/cookies/2025-01-20/']) expect(csp(readPage(site.outDir, route)), route).not.toContain('wasm');
    // Its script loads Pagefind from the bundle under the base path.
    const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(script.startsWith(`${BASE}_astro/`)).toBe(true);
    const code = readFileSync(join(site.outDir, script.slice(BASE.length)), 'utf8');
    expect(code).toContain('pagefind/pagefind.js');
    expect(code).toMatch(/["'`]\/legal\/["'`]/);
  });
});
