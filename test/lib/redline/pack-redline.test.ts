import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  diffDocuments,
  packRedline,
  parseDocument,
  renderRedline,
  unpackRedline,
  type Redline,
  type Token,
} from '../../../src/lib/redline/index.ts';
import { readCorpus } from './helpers/corpus.ts';
import { revisions } from './helpers/markdown-arbitraries.ts';

// What a cache does: pack, store as JSON, read back, unpack against the same revisions parsed again.
function roundTrip(redline: Redline, oldSource: string, newSource: string): Redline | null {
  const stored = JSON.parse(JSON.stringify(packRedline(redline))) as ReturnType<typeof packRedline>;
  return unpackRedline(stored, parseDocument(oldSource), parseDocument(newSource));
}

describe('packRedline / unpackRedline', () => {
  const terms = readCorpus().find((policy) => policy.name === 'github-terms-of-service');
  const sources = terms?.sources ?? [];
  const last = sources.length - 1;

  test.each([
    ['adjacent revisions', 0, 1],
    ['the first and the last revision', 0, last],
    ['revisions years apart', 5, 30],
    ['the same revision', 12, 12],
  ])('gives back the same redline and the same HTML for %s of the Terms of Service', (_, a, b) => {
    const [oldSource, newSource] = [sources[a] as string, sources[b] as string];
    const redline = diffDocuments(parseDocument(oldSource), parseDocument(newSource), { idPrefix: 'r-' });
    const back = roundTrip(redline, oldSource, newSource);
    expect(back).not.toBeNull();
    expect(back?.units).toEqual(redline.units);
    expect(back?.stats).toEqual(redline.stats);
    expect(back?.moves).toEqual(redline.moves);
    expect(renderRedline(back as Redline, { view: 'side-by-side', fold: true })).toBe(
      renderRedline(redline, { view: 'side-by-side', fold: true }),
    );
  });

  test('stores a fraction of what the revisions weigh', () => {
    const redline = diffDocuments(parseDocument(sources[0] as string), parseDocument(sources[last] as string));
    const packed = JSON.stringify(packRedline(redline)).length;
    expect(packed).toBeLessThan(JSON.stringify(redline).length / 10);
  });

  test('packs every op that stands in order in one of its blocks as one run, although equal tokens are one object', () => {
    // Parsed revisions share one object among equal tokens, so a token alone does not say where it
    // stands: packing must find the place where the whole op stands, not the first "the".
    const standsIn = (block: readonly Token[], op: readonly Token[]) =>
      block.some((_, i) => op.every((token, k) => block[i + k] === token));
    let checked = 0;
    for (const [a, b] of [
      [0, 1],
      [0, last],
      [20, 21],
    ] as const) {
      const redline = diffDocuments(parseDocument(sources[a] as string), parseDocument(sources[b] as string));
      const packed = packRedline(redline);
      redline.units.forEach((unit, u) => {
        const blocks = [...unit.old.map((i) => redline.old.blocks[i]), ...unit.new.map((i) => redline.new.blocks[i])];
        unit.ops?.forEach(({ tokens }, o) => {
          if (tokens.length < 2 || !blocks.some((block) => block && standsIn(block.tokens, tokens))) return;
          checked++;
          expect(packed.units[u]?.ops?.[o]?.runs).toHaveLength(1);
        });
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('gives back the same HTML for generated revisions, including those only one side reads as MDX', () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffDocuments(parseDocument(a), parseDocument(b));
        const back = roundTrip(redline, a, b);
        expect(back && renderRedline(back)).toBe(renderRedline(redline));
      }),
      { numRuns: 150 },
    );
  });

  test('refuses a packed redline that does not fit the revisions given', () => {
    const redline = diffDocuments(parseDocument(sources[0] as string), parseDocument(sources[1] as string));
    const packed = packRedline(redline);
    expect(unpackRedline(packed, parseDocument(sources[0] as string), parseDocument(sources[2] as string))).toBeNull();
    const damaged = { ...packed, units: packed.units.map((unit) => ({ ...unit, new: unit.new.map((i) => i + 10_000) })) };
    expect(unpackRedline(damaged, parseDocument(sources[0] as string), parseDocument(sources[1] as string))).toBeNull();
  });
});
