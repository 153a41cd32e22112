import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { feedLinks, feedTitle, jsonFeed, type FeedEntry } from '../../../src/lib/feeds/index.ts';
import { feedUrl } from '../../../src/lib/policies/index.ts';
import { ROOT } from '../../helpers/paths.ts';
import { compileSchema } from '../../helpers/json-schema.ts';

const SITE = { title: 'Acme policies', owner: 'Acme' };
const validate = compileSchema(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/json-feed-1.1.schema.json'), 'utf8')));

const entry = (version: string, change: FeedEntry['redline']['change']): FeedEntry => ({
  url: `https://example.com/terms/${version}/`,
  title: `Terms: version effective ${version}`,
  summary: 'What changed.',
  contentHtml: '<p>What changed.</p>',
  date: version,
  redline: { policy: 'terms', version, effective: version, published: null, change, sha256: 'a'.repeat(64), redlineUrl: null },
});

const HEADER = {
  title: 'Terms: changes',
  description: 'Every new version.',
  home_page_url: 'https://example.com/terms/',
  feed_url: 'https://example.com/terms/changelog.json',
  language: 'en',
  authors: [{ name: 'Acme', url: 'https://acme.example' }],
};

describe('feed URLs', () => {
  test('name every scope and format, for a policy and for the site', () => {
    expect(feedUrl()).toBe('/changelog.xml');
    expect(feedUrl('terms')).toBe('/terms/changelog.xml');
    expect(feedUrl('terms', { format: 'json' })).toBe('/terms/changelog.json');
    expect(feedUrl('terms', { scope: 'material' })).toBe('/terms/material-changes.xml');
    expect(feedUrl(undefined, { scope: 'material', format: 'json' })).toBe('/material-changes.json');
  });

  test('link the four feeds with titles that say which', () => {
    expect(feedLinks(SITE, { slug: 'terms', title: 'Terms of Service' }).map(({ route, type, title }) => [route, type, title])).toEqual([
      ['/terms/changelog.xml', 'application/rss+xml', 'Terms of Service: changes'],
      ['/terms/changelog.json', 'application/feed+json', 'Terms of Service: changes (JSON Feed)'],
      ['/terms/material-changes.xml', 'application/rss+xml', 'Terms of Service: material changes'],
      ['/terms/material-changes.json', 'application/feed+json', 'Terms of Service: material changes (JSON Feed)'],
    ]);
    expect(feedTitle(SITE, undefined, 'material').description).toBe(
      'Only the material changes to every policy of Acme: new versions that change rights or obligations, with their redline.',
    );
  });

  test('name the feeds in the language asked for', () => {
    expect(feedLinks(SITE, { slug: 'terms', title: 'Nutzungsbedingungen' }, 'de').map(({ title }) => title)).toEqual([
      'Nutzungsbedingungen: Änderungen',
      'Nutzungsbedingungen: Änderungen (JSON Feed)',
      'Nutzungsbedingungen: wesentliche Änderungen',
      'Nutzungsbedingungen: wesentliche Änderungen (JSON Feed)',
    ]);
    expect(feedTitle(SITE, 'Conditions d’utilisation', 'all', 'fr').description).toBe(
      'Chaque nouvelle version du document «\u00a0Conditions d’utilisation\u00a0» d’Acme, avec sa comparaison.',
    );
  });
});

describe('jsonFeed', () => {
  test('writes a JSON Feed 1.1 whose items carry their label as a tag and the version under _redline', () => {
    const document = jsonFeed(
      HEADER,
      [entry('2026-06-01', 'material'), entry('2026-01-01', null)],
      'https://example.com/developers/#feeds',
    );
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.items.map((item) => [item.id, item.date_published, item.tags])).toEqual([
      ['https://example.com/terms/2026-06-01/', '2026-06-01T00:00:00Z', ['material']],
      ['https://example.com/terms/2026-01-01/', '2026-01-01T00:00:00Z', []],
    ]);
    expect(document.items[0]?._redline).toEqual({
      about: 'https://example.com/developers/#feeds',
      policy: 'terms',
      version: '2026-06-01',
      effective: '2026-06-01',
      published: null,
      change: 'material',
      sha256: 'a'.repeat(64),
      redlineUrl: null,
    });
  });

  test('with no items is still a valid feed', () => {
    expect(validate(jsonFeed(HEADER, [], 'https://example.com/developers/#feeds'))).toBe(true);
  });

  // The schema the build tests hold the feeds to must itself reject what the specification forbids.
  test.each([
    ['an item without an id', (d: Record<string, unknown>) => ({ ...d, items: [{ content_html: '<p>x</p>' }] })],
    ['an item without content', (d: Record<string, unknown>) => ({ ...d, items: [{ id: '1', title: 'x' }] })],
    ['another version', (d: Record<string, unknown>) => ({ ...d, version: 'https://jsonfeed.org/version/1' })],
    ['no title', ({ title: _title, ...d }: Record<string, unknown>) => d],
    ['an unknown field that is not an extension', (d: Record<string, unknown>) => ({ ...d, redline: {} })],
  ])('is rejected by the JSON Feed schema with %s', (_what, edit) => {
    const document = jsonFeed(HEADER, [entry('2026-06-01', 'material')], 'https://example.com/developers/#feeds');
    expect(validate(edit(document as unknown as Record<string, unknown>))).toBe(false);
  });
});
