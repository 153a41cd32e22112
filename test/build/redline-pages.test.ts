import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';
import { compileSchema } from '../helpers/json-schema.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { activeContent, plainRedline } from '../helpers/html-safety.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';

const DATES = ['2025-01-20', '2025-09-01', '2026-03-14'];
const PAIRS = DATES.flatMap((from, i) => DATES.slice(i + 1).map((to) => `${from}...${to}`));

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

function feed(outDir: string, path: string): { title: string; link: string; guid: unknown; pubDate: string; 'content:encoded': string }[] {
  const xml = readFileSync(join(outDir, path), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss?: { '@_version'?: string; channel?: { title?: string; item?: unknown } };
  };
  // An RSS 2.0 document: <rss version="2.0"><channel> with a title and items.
  expect(parsed.rss?.['@_version']).toBe('2.0');
  expect(parsed.rss?.channel?.title).toBeTruthy();
  const items = parsed.rss?.channel?.item;
  return (Array.isArray(items) ? items : [items]) as ReturnType<typeof feed>;
}

describe('redline pages', () => {
  let site: BuildResult;

  beforeAll(async () => {
    site = await buildSite({ policiesDir: copyPolicies(), asOf: '2026-04-01' });
    if (!site.ok) throw new Error(site.output);
  });

  test('builds an inline and a side-by-side compare page for every pair of revisions, older first', () => {
    const built = readdirSync(join(site.outDir, 'cookies/compare'))
      .filter((name) => name.includes('...'))
      .sort();
    expect(built).toEqual(PAIRS);
    for (const pair of PAIRS) {
      expect(readPage(site.outDir, `/cookies/compare/${pair}/`)).toContain('class="redline redline--inline"');
      expect(readPage(site.outDir, `/cookies/compare/${pair}/side-by-side/`)).toContain('class="redline redline--side-by-side"');
    }
  });

  test('puts a redline with its insertions and deletions on every compare page', () => {
    for (const pair of PAIRS) {
      for (const view of ['', 'side-by-side/']) {
        const html = readPage(site.outDir, `/cookies/compare/${pair}/${view}`);
        expect(html, `${pair} ${view}`).toMatch(/<ins\b/);
        expect(html, `${pair} ${view}`).toMatch(/<del\b/);
        expect(html).toContain('id="change-1"');
      }
    }
  });

  test('shows both dates, statuses and labels, the summaries in between, stats and jump links', () => {
    const html = readPage(site.outDir, '/cookies/compare/2025-01-20...2026-03-14/');
    const text = htmlText(html);
    expect(text).toContain('Cookie Policy: changes from January 20, 2025 to March 14, 2026');
    expect(text).toContain('Older version: January 20, 2025 Superseded First version');
    expect(text).toContain('Newer version: March 14, 2026 In force Material change');
    expect(text).toContain('Clearer wording in sections 1, 5 and 7.');
    expect(text).toContain('Adds performance cookies');
    expect(text).toMatch(/\d+ words added, \d+ words removed — \d+ changes in \d+ sections\./);
    expect(html).toMatch(/<a href="#change-\d+">6\. Data Collected Through Cookies<\/a>/);
    expect(html).toContain('<ins class="legend-ins">');
  });

  test('marks word changes inside a paragraph rather than replacing it', () => {
    const html = plainRedline(readPage(site.outDir, '/cookies/compare/2025-01-20...2025-09-01/'));
    expect(html).toContain(
      '<p class="redline-modified">Cookies are small <del>text</del><ins>data</ins> files that are <del>stored</del><ins>placed</ins> on your computer',
    );
  });

  test('gives the redline the heading ids of the newer revision’s page, so section links agree', () => {
    const ids = (html: string): string[] => [...html.matchAll(/<h[2-6][^>]* id="([^"]+)"/g)].map((m) => m[1] ?? '');
    const page = ids(readPage(site.outDir, '/cookies/2026-03-14/'));
    const redline = ids(
      readPage(site.outDir, '/cookies/compare/2025-01-20...2026-03-14/').split('class="redline redline--inline"')[1] ?? '',
    );
    expect(redline.length).toBeGreaterThan(10);
    for (const id of redline) expect(page).toContain(id);
  });

  test('links the two views, the chooser, and every pair from the chooser', () => {
    const inline = hrefs(readPage(site.outDir, '/cookies/compare/2025-01-20...2025-09-01/'));
    expect(inline).toContain('/cookies/compare/2025-01-20...2025-09-01/side-by-side/');
    expect(inline).toContain('/cookies/compare/');
    expect(hrefs(readPage(site.outDir, '/cookies/compare/2025-01-20...2025-09-01/side-by-side/'))).toContain(
      '/cookies/compare/2025-01-20...2025-09-01/',
    );
    const chooser = hrefs(readPage(site.outDir, '/cookies/compare/'));
    for (const pair of PAIRS) expect(chooser).toContain(`/cookies/compare/${pair}/`);
  });

  test('links each revision to its redline, and older ones to the version in force', () => {
    expect(hrefs(readPage(site.outDir, '/cookies/'))).toContain('/cookies/compare/2025-09-01...2026-03-14/');
    const superseded = readPage(site.outDir, '/cookies/2025-09-01/');
    expect(hrefs(superseded)).toContain('/cookies/compare/2025-01-20...2025-09-01/');
    expect(hrefs(superseded)).toContain('/cookies/compare/2025-09-01...2026-03-14/');
    expect(htmlText(superseded)).toContain('Compare with the version in force');
    const history = hrefs(readPage(site.outDir, '/cookies/history/'));
    expect(history).toContain('/cookies/compare/2025-01-20...2025-09-01/');
    expect(history).toContain('/cookies/compare/2025-09-01...2026-03-14/');
  });

  test('lists every revision newest first on the changelogs, with stats and a redline link', () => {
    for (const route of ['/changelog/', '/cookies/changelog/']) {
      const html = readPage(site.outDir, route);
      const versions = [...html.matchAll(/<h2><a href="\/cookies\/(\d{4}-\d{2}-\d{2})\/"/g)].map((m) => m[1]);
      expect(versions, route).toEqual([...DATES].reverse());
      expect(html).toContain('changelog__item--material');
      expect(hrefs(html)).toContain('/cookies/compare/2025-09-01...2026-03-14/');
      expect(htmlText(html)).toMatch(/\d+ words added/);
    }
  });

  test.each(['changelog.xml', 'cookies/changelog.xml'])('publishes %s as RSS whose items carry the redline', (path) => {
    const items = feed(site.outDir, path);
    expect(items.map((item) => item.link)).toEqual([...DATES].reverse().map((d) => `https://policies.mailly.io/cookies/${d}/`));
    for (const item of items.slice(0, 2)) {
      expect(item['content:encoded']).toMatch(/<ins\b/);
      expect(item['content:encoded']).toMatch(/<del\b|<ins\b/);
      expect(item['content:encoded']).not.toMatch(/href="#/);
    }
    expect(items[1]?.pubDate).toBe('Mon, 18 Aug 2025 00:00:00 GMT');
  });

  test("announces the site's four feeds on every page, and a policy's four on its pages", () => {
    const alternates = (html: string): string[] =>
      [...html.matchAll(/<link rel="alternate" type="(application\/(?:rss\+xml|feed\+json))" title="([^"]+)" href="([^"]+)">/g)].map(
        ([, type, title, href]) => `${type} ${href} ${title}`,
      );
    const site4 = [
      'application/rss+xml /changelog.xml Mailly policies: all changes',
      'application/feed+json /changelog.json Mailly policies: all changes (JSON Feed)',
      'application/rss+xml /material-changes.xml Mailly policies: material changes',
      'application/feed+json /material-changes.json Mailly policies: material changes (JSON Feed)',
    ];
    expect(alternates(readPage(site.outDir, '/developers/'))).toEqual(site4);
    expect(alternates(readPage(site.outDir, '/cookies/2025-01-20/'))).toEqual([
      'application/rss+xml /cookies/changelog.xml Cookie Policy: changes',
      'application/feed+json /cookies/changelog.json Cookie Policy: changes (JSON Feed)',
      'application/rss+xml /cookies/material-changes.xml Cookie Policy: material changes',
      'application/feed+json /cookies/material-changes.json Cookie Policy: material changes (JSON Feed)',
      ...site4,
    ]);
  });

  test('links the feeds where readers look for them: the policy, its changelog and the changelog', () => {
    for (const [route, prefix] of [
      ['/cookies/', '/cookies/'],
      ['/cookies/2025-09-01/', '/cookies/'],
      ['/cookies/changelog/', '/cookies/'],
      ['/changelog/', '/'],
    ] as const) {
      const html = readPage(site.outDir, route);
      const section = /<section class="feed-links"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(hrefs(section), route).toEqual(
        ['changelog.xml', 'changelog.json', 'material-changes.xml', 'material-changes.json'].map((f) => prefix + f),
      );
      expect(htmlText(section), route).toContain('Material changes only: RSS (material changes only) · JSON Feed (material changes only)');
    }
  });

  test.each(['', 'cookies/'])('publishes %smaterial-changes.xml and .json with the material changes only', (prefix) => {
    const rssItems = feed(site.outDir, `${prefix}material-changes.xml`) as unknown as Record<string, unknown>[];
    expect(rssItems.map((item) => item['link'])).toEqual(['https://policies.mailly.io/cookies/2026-03-14/']);
    expect(rssItems[0]?.['category']).toBe('material');
    const json = JSON.parse(readFileSync(join(site.outDir, `${prefix}material-changes.json`), 'utf8')) as {
      items: { id: string; tags: string[] }[];
    };
    expect(json.items.map((item) => [item.id, item.tags])).toEqual([['https://policies.mailly.io/cookies/2026-03-14/', ['material']]]);
  });

  test.each(['', 'cookies/'])(
    'writes every feed of %s as valid XML or a JSON Feed 1.1 whose items carry the version, its label and its SHA-256',
    (prefix) => {
      const index = JSON.parse(readFileSync(join(site.outDir, 'api/policies.json'), 'utf8')) as {
        policies: { revisions: { version: string; change: string | null; sourceSha256: string }[] }[];
      };
      const versions = new Map(index.policies[0]?.revisions.map((r) => [r.version, r]));
      const validate = compileSchema(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/json-feed-1.1.schema.json'), 'utf8')));
      for (const name of ['changelog', 'material-changes']) {
        const xml = readFileSync(join(site.outDir, `${prefix}${name}.xml`), 'utf8');
        expect(XMLValidator.validate(xml), `${prefix}${name}.xml`).toBe(true);
        // The items' own elements are in Redline's namespace, declared on the root as XML requires.
        expect(new XMLParser({ ignoreAttributes: false }).parse(xml).rss['@_xmlns:redline']).toBe('urn:x-redline:feed:1');
        for (const item of new XMLParser().parse(xml).rss.channel.item ? feed(site.outDir, `${prefix}${name}.xml`) : []) {
          const fields = item as unknown as Record<string, unknown>;
          const version = versions.get(String(fields['redline:effective']));
          expect(version, String(fields['redline:effective'])).toBeDefined();
          expect(fields['redline:sha256']).toBe(version?.sourceSha256);
          expect(fields['redline:policy']).toBe('cookies');
          expect(fields['category']).toBe(version?.change ?? undefined);
        }
        const document = JSON.parse(readFileSync(join(site.outDir, `${prefix}${name}.json`), 'utf8')) as {
          feed_url: string;
          items: {
            url: string;
            tags: string[];
            date_published: string;
            _redline: { version: string; sha256: string; change: string | null; published: string | null };
          }[];
        };
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        expect(document.feed_url).toBe(`https://policies.mailly.io/${prefix}${name}.json`);
        for (const item of document.items) {
          const version = versions.get(item._redline.version);
          expect(version, item._redline.version).toBeDefined();
          expect(item.url).toBe(`https://policies.mailly.io/cookies/${item._redline.version}/`);
          expect(item._redline.sha256).toBe(version?.sourceSha256);
          expect(item.tags).toEqual(version?.change ? [version.change] : []);
          // Dated from the announcement, as the RSS item is: 2025-09-01 was announced on 2025-08-18.
          expect(item.date_published).toBe(`${item._redline.published ?? item._redline.version}T00:00:00Z`);
        }
      }
    },
  );

  test('documents the feeds on /developers/#feeds, with samples from the newest real item', () => {
    const html = readPage(site.outDir, '/developers/');
    const section = htmlText(html.slice(html.indexOf('<h2 id="feeds">'), html.indexOf('<h2', html.indexOf('<h2 id="feeds">') + 1)));
    const newest = (
      JSON.parse(readFileSync(join(site.outDir, 'cookies/changelog.json'), 'utf8')) as { items: { _redline: { sha256: string } }[] }
    ).items[0];
    expect(section).toContain('urn:x-redline:feed:1');
    expect(section).toContain(`<redline:sha256>${newest?._redline.sha256}</redline:sha256>`);
    expect(section).toContain("fetch('https://policies.mailly.io/cookies/material-changes.json')");
    expect(section).toContain('/<policy>/material-changes.json');
  });

  test('lists the pages in a sitemap', () => {
    const sitemap = readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://policies.mailly.io/cookies/compare/2025-01-20...2026-03-14/</loc>');
    expect(sitemap).not.toContain('side-by-side');
  });
});

describe('redlines of hostile policy text', () => {
  test('show markup from the policy as text, never as markup', async () => {
    const dir = copyPolicies();
    const hostile = [
      'Send `<script>alert(1)</script>` to us.',
      '',
      'A \\<script>alert(2)\\</script> tag and an \\<img src=x onerror=alert(3)> image.',
      '',
    ].join('\n');
    const path = join(dir, 'cookies/2026-03-14.mdx');
    // This test is about escaping, not the lock: the tree is locked afresh with the edited revision.
    // …and the summary, which feeds carry as text (RSS readers render an item's description as HTML).
    const source = readFileSync(path, 'utf8').replace(
      /^summary: .*$/m,
      "summary: 'Adds <img src=x onerror=alert(4)> & <b>bold</b> cookies.'",
    );
    editTree(dir, { 'cookies/2026-03-14.mdx': `${source}\n${hostile}`, 'redline.lock.json': null, '.archive': null });
    lockTree(dir, '2026-04-01');
    const site = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(site.ok, site.output).toBe(true);
    for (const page of ['/cookies/compare/2025-09-01...2026-03-14/', '/cookies/compare/2025-09-01...2026-03-14/side-by-side/']) {
      const html = readPage(site.outDir, page);
      expect(html).toContain('<code>&#x3C;script>alert(1)&#x3C;/script></code>');
      expect(html).toContain('A &#x3C;script>alert(2)&#x3C;/script> tag and an &#x3C;img src=x onerror=alert(3)> image.');
      // The only active content is the page's own keyboard enhancement and the header's search box.
      expect(activeContent(html)).toEqual(['<script {"type":"module"}>', '<script {"type":"module"}>']);
    }
    const xml = readFileSync(join(site.outDir, 'cookies/changelog.xml'), 'utf8');
    const first = new XMLParser().parse(xml).rss.channel.item[0] as Record<string, string>;
    expect(first['description']).toBe('Adds &lt;img src=x onerror=alert(4)&gt; &amp; &lt;b&gt;bold&lt;/b&gt; cookies.');
    expect(activeContent(first['description'] ?? '')).toEqual([]);
    const content = first['content:encoded'] ?? '';
    expect(content).toContain('&#x3C;script>alert(2)&#x3C;/script>');
    expect(activeContent(content)).toEqual([]);
    const json = JSON.parse(readFileSync(join(site.outDir, 'cookies/changelog.json'), 'utf8')) as { items: { content_html: string }[] };
    expect(json.items[0]?.content_html).toContain('&#x3C;script>alert(2)&#x3C;/script>');
    expect(activeContent(json.items[0]?.content_html ?? '')).toEqual([]);
  });
});
