import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceSha256 } from '../../src/lib/policies/index.ts';
import { diffDocuments, parseDocument, renderRedline, TextBoundError } from '../../src/lib/redline/index.ts';
import { createDocumentCache } from '../../src/node/document-cache.ts';
import { tempDir } from '../helpers/build-site.ts';
import { readCorpus } from '../lib/redline/helpers/corpus.ts';

const texts = [
  '# Terms\n\nWe keep your data for thirty days.\n\nYou may write to us.\n',
  '# Terms\n\nWe keep your data for sixty days.\n\nYou may write to us.\n',
  '---\ntitle: Terms\n---\n# Terms\n\nWe keep your data for sixty days.\n\n<Note>You may write to us by post.</Note>\n',
  '# Terms\n\nWe keep {your} data for ninety days.\n\nYou may write to us by post.\n',
];

// A build: every revision through a cache opened on `dir`, then the wait for its entries to be written.
async function build(dir: string, sources: string[], fingerprint = 'engine-1') {
  const cache = createDocumentCache({ dir, fingerprint });
  const docs = sources.map((source) => cache.parse(sourceSha256(source), source, { smartPunctuation: false }));
  await cache.flush();
  return { cache, docs };
}

describe('createDocumentCache', () => {
  test('a rebuild reads every revision back, equal to parsing it, tokens still shared', async () => {
    const dir = tempDir('documents');
    const terms = readCorpus().find((policy) => policy.name === 'github-terms-of-service')?.sources ?? [];
    const sources = [...texts, terms[0] as string, terms.at(-1) as string];
    const cold = await build(dir, sources);
    expect(cold.cache.stats).toEqual({ parsed: 6, loaded: 0 });
    const warm = await build(dir, sources);
    expect(warm.cache.stats).toEqual({ parsed: 0, loaded: 6 });
    expect(warm.docs).toEqual(sources.map((source) => parseDocument(source, { smartPunctuation: false })));
    // Equal tokens stay one object, as parsing makes them (packed redlines find tokens by identity).
    const tokens = (warm.docs.at(-1)?.blocks ?? []).flatMap((block) => block.tokens);
    expect(new Set(tokens).size).toBeLessThan(tokens.length / 3);
    const [first, last] = [warm.docs[4], warm.docs[5]];
    expect(renderRedline(diffDocuments(first!, last!))).toBe(renderRedline(diffDocuments(cold.docs[4]!, cold.docs[5]!)));
  });

  test('adding a revision parses that one alone; pruning keeps every entry in use', async () => {
    const dir = tempDir('documents');
    await build(dir, texts.slice(0, 3));
    const warm = await build(dir, texts);
    expect(warm.cache.stats).toEqual({ parsed: 1, loaded: 3 });
    expect(warm.cache.prune()).toBe(0);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  test('an edited revision is parsed again, and pruning drops its old entry', async () => {
    const dir = tempDir('documents');
    await build(dir, texts);
    const warm = await build(dir, texts.with(1, texts[1]?.replace('sixty', 'sixty-one') ?? ''));
    expect(warm.cache.stats).toEqual({ parsed: 1, loaded: 3 });
    expect(warm.docs[1]?.blocks[1]?.tokens.map((token) => token.text)).toContain('sixty-one');
    expect(warm.cache.prune()).toBe(1);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  test('another engine fingerprint or other parse options never read an entry', async () => {
    const dir = tempDir('documents');
    await build(dir, texts);
    expect((await build(dir, texts, 'engine-2')).cache.stats).toEqual({ parsed: 4, loaded: 0 });
    const other = createDocumentCache({ dir, fingerprint: 'engine-1' });
    const source = texts[0] as string;
    const [smart, markdown] = [
      other.parse(sourceSha256(source), source),
      other.parse(sourceSha256(source), source, { smartPunctuation: false, mdx: false }),
    ];
    expect(other.stats).toEqual({ parsed: 2, loaded: 0 });
    expect([smart.smartPunctuation, markdown.mdx]).toEqual([true, false]);
  });

  test('a damaged entry, or one that holds another revision, is parsed afresh and written again', async () => {
    const dir = tempDir('documents');
    await build(dir, texts.slice(0, 2));
    const [a, b] = readdirSync(dir) as [string, string];
    writeFileSync(join(dir, a), 'not a parsed revision');
    const damaged = await build(dir, texts.slice(0, 2));
    expect(damaged.cache.stats).toEqual({ parsed: 1, loaded: 1 });
    // b's entry now holds a's revision, as a hand-copied file would.
    copyFileSync(join(dir, a), join(dir, b));
    const swapped = await build(dir, texts.slice(0, 2));
    expect(swapped.cache.stats).toEqual({ parsed: 1, loaded: 1 });
    expect(swapped.docs.map((doc) => doc.source)).toEqual(texts.slice(0, 2));
    expect((await build(dir, texts.slice(0, 2))).cache.stats).toEqual({ parsed: 0, loaded: 2 });
  });

  test('reads a revision back within the build before its entry is on disk', () => {
    const cache = createDocumentCache({ dir: tempDir('documents'), fingerprint: 'engine-1' });
    const source = texts[2] as string;
    const first = cache.parse(sourceSha256(source), source);
    const again = cache.parse(sourceSha256(source), source);
    expect(cache.stats).toEqual({ parsed: 1, loaded: 1 });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  test('stores nothing for a revision past the bounds: it throws each time', async () => {
    const dir = tempDir('documents');
    const cache = createDocumentCache({ dir, fingerprint: 'engine-1' });
    const deep = `${'>'.repeat(10_000)} deep\n`;
    expect(() => cache.parse(sourceSha256(deep), deep)).toThrow(TextBoundError);
    expect(() => cache.parse(sourceSha256(deep), deep)).toThrow(TextBoundError);
    await cache.flush();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('without a fingerprint it stores nothing and parses every time', async () => {
    const dir = tempDir('documents');
    const cache = createDocumentCache({ dir, fingerprint: null });
    const source = texts[0] as string;
    cache.parse(sourceSha256(source), source);
    cache.parse(sourceSha256(source), source);
    await cache.flush();
    expect(cache.stats).toEqual({ parsed: 2, loaded: 0 });
    expect(readdirSync(dir)).toEqual([]);
  });
});
