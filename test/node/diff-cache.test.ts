import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceSha256 } from '../../src/lib/policies/index.ts';
import { diffDocuments, parseDocument, renderRedline, type DiffOptions, type ParseOptions } from '../../src/lib/redline/index.ts';
import { resolveDiffOptions } from '../../src/lib/redline/diff-options.ts';
import { comparePairs } from '../../src/lib/policies/index.ts';
import { createDiffCache, documentParseOptions, type CachedRevision } from '../../src/node/diff-cache.ts';
import { tempDir } from '../helpers/build-site.ts';

const revision = (source: string): CachedRevision => ({ sha256: sourceSha256(source), doc: parseDocument(source) });
const texts = [
  '# Terms\n\nWe keep your data for thirty days.\n\nYou may write to us.\n',
  '# Terms\n\nWe keep your data for sixty days.\n\nYou may write to us.\n',
  '# Terms\n\nWe keep your data for sixty days.\n\nYou may write to us by post.\n',
  '# Terms\n\nWe keep your data for ninety days.\n\nYou may write to us by post.\n',
];

// A build: every pair of the revisions through a cache opened on `dir`, as the site does, then the
// wait for its entries to be written, as the integration does.
async function build(dir: string, sources: string[]) {
  const cache = createDiffCache({ dir, fingerprint: 'engine-1' });
  const html = comparePairs(sources.map(revision)).map(({ from, to }) => renderRedline(cache.diff(from, to)));
  await cache.flush();
  return { cache, html };
}

describe('createDiffCache', () => {
  test('a rebuild of the same revisions compares nothing again and shows the same redlines', async () => {
    const dir = tempDir('diffs');
    const cold = await build(dir, texts);
    expect(cold.cache.stats).toEqual({ computed: 6, reused: 0 });
    const warm = await build(dir, texts);
    expect(warm.cache.stats).toEqual({ computed: 0, reused: 6 });
    expect(warm.html).toEqual(cold.html);
  });

  test('a changed revision invalidates exactly its pairs, and pruning drops their old entries', async () => {
    const dir = tempDir('diffs');
    await build(dir, texts);
    const edited = texts.with(2, texts[2]?.replace('by post', 'by email') ?? '');
    const warm = await build(dir, edited);
    // Revision 3 of 4 is part of 3 of the 6 pairs.
    expect(warm.cache.stats).toEqual({ computed: 3, reused: 3 });
    expect(warm.html[5]).toContain('<ins');
    expect(warm.cache.prune()).toBe(3);
    expect(readdirSync(dir)).toHaveLength(6);
  });

  test('adding a revision compares only the new pairs', async () => {
    const dir = tempDir('diffs');
    await build(dir, texts.slice(0, 3));
    expect((await build(dir, texts)).cache.stats).toEqual({ computed: 3, reused: 3 });
  });

  test('another engine fingerprint or other options never reuse an entry', async () => {
    const dir = tempDir('diffs');
    await build(dir, texts);
    const other = createDiffCache({ dir, fingerprint: 'engine-2' });
    const [a, b] = texts.map(revision);
    other.diff(a as CachedRevision, b as CachedRevision);
    other.diff(a as CachedRevision, b as CachedRevision, { idPrefix: 'x-' });
    expect(other.stats).toEqual({ computed: 2, reused: 0 });
  });

  test('a damaged entry is compared afresh and written again', async () => {
    const dir = tempDir('diffs');
    await build(dir, texts.slice(0, 2));
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry as string), '{"units": [');
    const again = await build(dir, texts.slice(0, 2));
    expect(again.cache.stats).toEqual({ computed: 1, reused: 0 });
    expect((await build(dir, texts.slice(0, 2))).cache.stats).toEqual({ computed: 0, reused: 1 });
  });

  test('reuses a comparison within the build before its entry is on disk, and writes it by flush', async () => {
    const dir = tempDir('diffs');
    const cache = createDiffCache({ dir, fingerprint: 'engine-1' });
    const [a, b] = texts.map(revision);
    const first = renderRedline(cache.diff(a as CachedRevision, b as CachedRevision));
    expect(renderRedline(cache.diff(a as CachedRevision, b as CachedRevision))).toBe(first);
    expect(cache.stats).toEqual({ computed: 1, reused: 1 });
    await cache.flush();
    expect(readdirSync(dir).filter((file) => file.endsWith('.json'))).toHaveLength(1);
  });

  test('stores what was computed, whatever a page later does to the redline it was given', async () => {
    const cache = createDiffCache({ dir: tempDir('diffs'), fingerprint: 'engine-1' });
    const [a, b] = texts.map(revision);
    const first = cache.diff(a as CachedRevision, b as CachedRevision);
    const inserted = first.stats.wordsInserted;
    first.stats.wordsInserted = 999;
    first.units.length = 0;
    const again = cache.diff(a as CachedRevision, b as CachedRevision);
    expect(again.stats.wordsInserted).toBe(inserted);
    expect(again.units.length).toBeGreaterThan(0);
    again.stats.sections.length = 0;
    await cache.flush();
    expect(cache.diff(a as CachedRevision, b as CachedRevision).stats.sections.length).toBeGreaterThan(0);
  });

  test('without a fingerprint it caches nothing', () => {
    const cache = createDiffCache({ dir: tempDir('diffs'), fingerprint: null });
    const [a, b] = texts.map(revision);
    cache.diff(a as CachedRevision, b as CachedRevision);
    cache.diff(a as CachedRevision, b as CachedRevision);
    expect(cache.stats).toEqual({ computed: 2, reused: 0 });
  });
});

describe('createDiffCache keys', () => {
  // Headings with "--", whose ids depend on smart punctuation, and text MDX and Markdown both read.
  const sources = [
    '# Terms -- in short\n\nWe keep your data for thirty days.\n\n## Rights -- yours\n\nYou may write to us.\n',
    '# Terms -- in short\n\nWe keep your data for sixty days.\n\n## Rights -- yours\n\nYou may write to us by post.\n',
  ] as const;
  const parsed = (source: string, options: ParseOptions = {}): CachedRevision => ({
    sha256: sourceSha256(source),
    doc: parseDocument(source, options),
  });
  // Another value of an option than `value`, of the same type.
  const another = (value: unknown): unknown => (typeof value === 'number' ? value + 1 : typeof value === 'string' ? `${value}x-` : !value);
  // The cache's verdict on a second comparison of the same sources after a first one with default everything.
  const second = (oldRevision: CachedRevision, newRevision: CachedRevision, options: DiffOptions = {}) => {
    const cache = createDiffCache({ dir: null, fingerprint: 'engine-1' });
    cache.diff(parsed(sources[0]), parsed(sources[1]));
    const redline = cache.diff(oldRevision, newRevision, options);
    return {
      stats: { ...cache.stats },
      html: renderRedline(redline),
      fresh: renderRedline(diffDocuments(oldRevision.doc, newRevision.doc, options)),
    };
  };

  test.each(Object.keys(resolveDiffOptions()))('compares afresh when the diff option %s changes', (field) => {
    const options = { [field]: another(resolveDiffOptions()[field as keyof DiffOptions]) } as DiffOptions;
    const { stats, html, fresh } = second(parsed(sources[0]), parsed(sources[1]), options);
    expect(stats).toEqual({ computed: 2, reused: 0 });
    expect(html).toBe(fresh);
  });

  test.each(Object.keys(documentParseOptions(parseDocument(sources[0]))))(
    'compares afresh when either revision is parsed with another %s',
    (field) => {
      const defaults = documentParseOptions(parseDocument(sources[0]));
      const flipped = { [field]: another(defaults[field as keyof ParseOptions]) } as ParseOptions;
      for (const [oldRevision, newRevision] of [
        [parsed(sources[0], flipped), parsed(sources[1])],
        [parsed(sources[0]), parsed(sources[1], flipped)],
        [parsed(sources[0], flipped), parsed(sources[1], flipped)],
      ] as const) {
        const { stats, html, fresh } = second(oldRevision, newRevision);
        expect(stats).toEqual({ computed: 2, reused: 0 });
        expect(html).toBe(fresh);
      }
    },
  );

  test('heading ids follow smart punctuation on a warm cache', () => {
    const cache = createDiffCache({ dir: null, fingerprint: 'engine-1' });
    const smart = renderRedline(cache.diff(parsed(sources[0]), parsed(sources[1])));
    const plain = renderRedline(
      cache.diff(parsed(sources[0], { smartPunctuation: false }), parsed(sources[1], { smartPunctuation: false })),
    );
    expect(smart).toContain('id="terms--in-short"');
    expect(plain).toContain('id="terms----in-short"');
  });

  test('reuses an entry for the same options, given or left to their defaults, and the same parse options', () => {
    const cache = createDiffCache({ dir: null, fingerprint: 'engine-1' });
    cache.diff(parsed(sources[0]), parsed(sources[1]));
    cache.diff(parsed(sources[0]), parsed(sources[1]), resolveDiffOptions());
    cache.diff(parsed(sources[0], { mdx: true, smartPunctuation: true }), parsed(sources[1], { mdx: true, smartPunctuation: true }), {});
    cache.diff(parsed(sources[0]), parsed(sources[1]), { pairThreshold: 0.7 });
    cache.diff(parsed(sources[0]), parsed(sources[1]), { pairThreshold: 0.7, maxSplit: 3 });
    expect(cache.stats).toEqual({ computed: 2, reused: 3 });
  });

  test('tells an unbounded option from one that allows no work', () => {
    const cache = createDiffCache({ dir: null, fingerprint: 'engine-1' });
    cache.diff(parsed(sources[0]), parsed(sources[1]), { maxWordEdits: Infinity });
    cache.diff(parsed(sources[0]), parsed(sources[1]), { maxWordEdits: -Infinity });
    expect(cache.stats).toEqual({ computed: 2, reused: 0 });
  });
});
