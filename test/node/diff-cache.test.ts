import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceSha256 } from '../../src/lib/policies/index.ts';
import { parseDocument, renderRedline } from '../../src/lib/redline/index.ts';
import { comparePairs } from '../../src/lib/policies/index.ts';
import { createDiffCache, type CachedRevision } from '../../src/node/diff-cache.ts';
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
