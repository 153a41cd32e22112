import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/build-site.ts';
import { findBrokenLinks } from './find-broken-links.ts';

const SITE = 'https://policies.example.org/';

function site(files: Record<string, string>): string {
  const dir = tempDir('links');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const html = (body: string, stylesheet = '/_astro/a.css'): string =>
  `<!doctype html><html><head><link rel="stylesheet" href="${stylesheet}"></head><body>${body}</body></html>`;
const base = {
  '_astro/a.css': 'body{}',
  'index.html': html(
    '<a href="/cookies/">Cookies</a> <a href="/cookies/#intro">Intro</a> <a href="#top" id="top">Top</a> <a href="https://elsewhere.org/x">x</a> <a href="mailto:a@b.c">mail</a>',
  ),
  'cookies/index.html': html('<h2 id="intro">Intro</h2><a href="../">Home</a><img src="/logo.png" alt="Logo">'),
  'logo.png': 'png',
  'feed.xml': `<rss><channel><link>${SITE}</link><item><link>${SITE}cookies/</link><content:encoded>&lt;a href="${SITE}cookies/#intro"&gt;x&lt;/a&gt;</content:encoded></item></channel></rss>`,
  'api/data.json': JSON.stringify({ url: `${SITE}cookies/`, path: '/cookies/' }),
};

describe('findBrokenLinks', () => {
  test('accepts links to files, folders with an index, ids, other sites and mail', () => {
    expect(findBrokenLinks(site(base), { site: SITE })).toEqual([]);
  });

  test.each([
    ['a link to a missing page', { 'index.html': html('<a href="/nowhere/">x</a>') }, 'index.html: /nowhere/ points to no file'],
    [
      'a fragment with no id',
      { 'index.html': html('<a href="/cookies/#outro">x</a>') },
      'index.html: /cookies/#outro has no #outro on cookies/index.html',
    ],
    [
      'a missing image',
      { 'cookies/index.html': html('<h2 id="intro">Intro</h2><img src="/gone.png" alt="">') },
      'cookies/index.html: /gone.png points to no file',
    ],
    [
      'a broken link in a feed item',
      {
        'feed.xml': `<rss><channel><item><content:encoded>&lt;a href="${SITE}cookies/#gone"&gt;x&lt;/a&gt;</content:encoded></item></channel></rss>`,
      },
      `feed.xml: ${SITE}cookies/#gone has no #gone on cookies/index.html`,
    ],
    [
      'a broken link in the HTML of a JSON Feed item',
      { 'feed.json': JSON.stringify({ items: [{ id: `${SITE}cookies/`, content_html: `<a href="${SITE}cookies/#gone">x</a>` }] }) },
      `feed.json: ${SITE}cookies/#gone has no #gone on cookies/index.html`,
    ],
    [
      'a broken URL in JSON',
      { 'api/data.json': JSON.stringify({ url: `${SITE}terms/` }) },
      `api/data.json: ${SITE}terms/ points to no file`,
    ],
  ])('reports %s', (_case, broken, problem) => {
    expect(findBrokenLinks(site({ ...base, ...broken }), { site: SITE })).toEqual([problem]);
  });
});

describe('findBrokenLinks under a base path', () => {
  const legal = (body: string): string => html(body, '/legal/_astro/a.css');
  const under = {
    '_astro/a.css': 'body{}',
    'index.html': legal(
      '<a href="/legal/cookies/#intro">Cookies</a><a href="cookies/">Cookies</a><a href="https://example.com/">Elsewhere</a>',
    ),
    'cookies/index.html': legal('<h2 id="intro">Intro</h2><a href="../">Home</a><img src="/legal/logo.png" alt="Logo">'),
    'logo.png': 'png',
    'feed.xml': `<rss><channel><link>${SITE}legal/</link><item><link>${SITE}legal/cookies/</link></item></channel></rss>`,
    'api/data.json': JSON.stringify({ url: `${SITE}legal/cookies/`, path: '/legal/cookies/' }),
  };

  test('accepts links that stay under the base', () => {
    expect(findBrokenLinks(site(under), { site: `${SITE}legal/`, base: '/legal/' })).toEqual([]);
  });

  test.each([
    [
      'a root-relative link without the base',
      { 'index.html': legal('<a href="/cookies/">x</a>') },
      "index.html: /cookies/ is outside the site's base path /legal/",
    ],
    [
      'an image without the base',
      { 'cookies/index.html': legal('<h2 id="intro">Intro</h2><img src="/logo.png" alt="">') },
      "cookies/index.html: /logo.png is outside the site's base path /legal/",
    ],
    [
      'a relative link that climbs out',
      { 'index.html': legal('<a href="../cookies/">x</a>') },
      "index.html: ../cookies/ is outside the site's base path /legal/",
    ],
    [
      'an absolute URL on the origin without the base',
      { 'api/data.json': JSON.stringify({ url: `${SITE}cookies/` }) },
      `api/data.json: ${SITE}cookies/ is outside the site's base path /legal/`,
    ],
    [
      'a feed link without the base',
      { 'feed.xml': `<rss><channel><link>${SITE}legal/</link><item><link>${SITE}cookies/</link></item></channel></rss>` },
      `feed.xml: ${SITE}cookies/ is outside the site's base path /legal/`,
    ],
  ])('reports %s', (_case, broken, problem) => {
    expect(findBrokenLinks(site({ ...under, ...broken }), { site: `${SITE}legal/`, base: '/legal/' })).toEqual([problem]);
  });
});
