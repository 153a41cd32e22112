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

const html = (body: string): string =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;
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
      'a broken URL in JSON',
      { 'api/data.json': JSON.stringify({ url: `${SITE}terms/` }) },
      `api/data.json: ${SITE}terms/ points to no file`,
    ],
  ])('reports %s', (_case, broken, problem) => {
    expect(findBrokenLinks(site({ ...base, ...broken }), { site: SITE })).toEqual([problem]);
  });
});
