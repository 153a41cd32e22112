import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { verifySite } from '../../src/lib/integrity/index.ts';
import { folderReader, urlReader } from '../../src/node/site-reader.ts';
import { siteConfig } from '../fixtures/mailly/site.config.ts';
import { findBrokenLinks } from '../checkers/find-broken-links.ts';
import { siteFiles } from '../checkers/site-files.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { cookieRevision, copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
import { serveStatic } from '../helpers/static-server.ts';

const BASE = '/legal/';
const AS_OF = '2026-04-15';
const SITE = `${siteConfig.url}${BASE}`;

// An announced revision whose text links pages of the site by their root-relative paths.
const linking = cookieRevision('2026-03-14.mdx')
  .replace(
    /---\n[\s\S]*?\n---\n/,
    '---\neffective: 2026-06-01\npublished: 2026-04-01\nchange: editorial\nsummary: Links the history.\n---\n',
  )
  .replace(
    'through the cookie settings on the website.',
    'through the cookie settings on the website. Earlier versions are in [the history](/cookies/history/).',
  );

describe('a site built under a base path (REDLINE_BASE=/legal/)', () => {
  let site: BuildResult;

  beforeAll(async () => {
    const dir = copyPolicies();
    editTree(dir, { 'cookies/2026-06-01.mdx': linking });
    lockTree(dir, AS_OF);
    site = await buildSite({ policiesDir: dir, asOf: AS_OF, base: BASE });
    if (!site.ok) throw new Error(site.output);
  });

  const read = (file: string): string => readFileSync(join(site.outDir, file), 'utf8');

  test('starts every root-relative href, src and action of every page with the base', () => {
    const outside = siteFiles(site.outDir)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [...read(file).matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => `${file}: ${m[1]}`))
      .filter((link) => !link.split(': ')[1]?.startsWith(BASE));
    expect(outside).toEqual([]);
    expect(read('cookies/2026-06-01/index.html')).toContain('href="/legal/cookies/history/"');
  });

  test('gives every URL of its feeds, sitemap and JSON with the base', () => {
    const files = siteFiles(site.outDir).filter((file) => /\.(?:xml|json)$/.test(file));
    expect(files).toEqual(expect.arrayContaining(['changelog.xml', 'cookies/changelog.xml', 'sitemap-0.xml', 'api/policies.json']));
    const urls = files.flatMap((file) => [...read(file).matchAll(/https?:\/\/[^"<>\s&]+/g)].map((m) => `${file}: ${m[0]}`));
    const own = urls.filter((url) => url.includes(`${siteConfig.url}/`));
    expect(own.length).toBeGreaterThan(50);
    expect(own.filter((url) => !url.includes(SITE))).toEqual([]);
    // Root-relative strings in JSON (none today) would be site paths too.
    const paths = files
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => [...read(file).matchAll(/"(\/[^"]*)"/g)].map((m) => m[1]));
    expect(paths.filter((path) => !path?.startsWith(BASE))).toEqual([]);
  });

  test('passes the link checker, which refuses any link outside the base', () => {
    expect(findBrokenLinks(site.outDir, { site: SITE, base: BASE })).toEqual([]);
  });

  test('points the consent script at the declaration under the base', () => {
    expect(read('consent/index.html')).toMatch(
      /src="\/legal\/consent\/v1\/consent\.js" data-declaration="\/legal\/api\/cookies\/declaration\.json"/,
    );
  });

  test('verifies against its own record, from its folder and served under the base', async () => {
    const fromFolder = await verifySite(folderReader(site.outDir));
    expect(fromFolder.mismatches).toEqual([]);
    expect(fromFolder.revisions).toBe(4);
    expect(fromFolder.publishedAt).toBe(SITE);
    const server = await serveStatic(site.outDir, BASE);
    try {
      const served = await verifySite(urlReader(`${server.url}${BASE}`));
      expect(served.mismatches).toEqual([]);
      expect(served.head).toBe(fromFolder.head);
    } finally {
      await server.close();
    }
  });
});

describe('a base path that is not one', () => {
  test.each([
    ['legal', '"/legal/"'],
    ['/legal/../', '"/legal/"'],
  ])('REDLINE_BASE=%s stops the build, naming the variable, its value and the fix', async (base, fix) => {
    const site = await buildSite({ policiesDir: copyPolicies({ samples: false }), base });
    expect(site.ok).toBe(false);
    expect(site.output).toContain(`REDLINE_BASE (environment variable) is ${JSON.stringify(base)}`);
    expect(site.output).toContain(`set it to ${fix}`);
  });
});
