import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { ownString } from '../../../../src/lib/redline/parse/own-string.ts';

// A full garbage collection, so that the heap holds only what is still referenced.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const heapAfterCollecting = (): number => {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
};

describe('ownString', () => {
  test('returns an equal string', () => {
    const body = `${'x'.repeat(100)}confidentiality’s and more`;
    for (const [start, end] of [
      [100, 115],
      [100, 104],
      [0, body.length],
    ] as const) {
      expect(ownString(body.slice(start, end))).toBe(body.slice(start, end));
    }
    expect(ownString('')).toBe('');
  });
});

describe('a parsed revision', () => {
  test('keeps its source, but not the body the Markdown parser read (front matter blanked)', () => {
    // The body is a copy of the source with the front matter blanked out; the parser's text values
    // are views of it. A token (a long word, a link target, a heading) that kept one view would keep
    // the whole body: here a 400 KB comment that shows nowhere.
    const comment = `<!-- ${'hidden words, '.repeat(30_000)} -->`;
    const revision = (n: number): string =>
      `---\ntitle: Terms ${n}\n---\n\n${comment}\n\n## Confidentiality ${n}\n\nSee [the subprocessors list](https://example.com/a-rather-long-path/${n}) for confidentiality${n}.\n`;
    const before = heapAfterCollecting();
    const docs = Array.from({ length: 10 }, (_, n) => parseDocument(revision(n)));
    const kept = (heapAfterCollecting() - before) / docs.length;
    const sourceBytes = revision(0).length; // one byte a character: the text is ASCII
    expect(docs[3]?.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
    // Each document keeps its source (~420 KB) and a few small objects; a kept body would add as much again.
    expect(kept).toBeGreaterThan(sourceBytes * 0.9);
    expect(kept).toBeLessThan(sourceBytes * 1.4);
  });
});
