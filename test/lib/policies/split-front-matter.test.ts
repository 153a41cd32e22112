import { describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../../../src/lib/policies/index.ts';
import { fieldLine } from '../../../src/lib/policies/split-front-matter.ts';

describe('splitFrontMatter', () => {
  test('parses the YAML and keeps the body with its line offset', () => {
    const split = splitFrontMatter('---\neffective: 2026-03-14\nchange: material\n---\n\nHello\n');
    if ('reason' in split) throw new Error(split.reason);
    expect(split.data).toEqual({ effective: new Date('2026-03-14T00:00:00Z'), change: 'material' });
    expect(split.body).toBe('\n\nHello\n');
    expect(split.bodyLine).toBe(4);
    expect(fieldLine(split, 'effective')).toBe(2);
    expect(fieldLine(split, 'change')).toBe(3);
    expect(fieldLine(split, 'summary')).toBeUndefined();
  });

  test('returns the whole text as body when there is no front matter', () => {
    expect(splitFrontMatter('Just text')).toMatchObject({ data: {}, body: 'Just text', bodyLine: 1 });
  });

  test('reports broken YAML with the file line', () => {
    const split = splitFrontMatter('---\neffective: 2026-03-14\nsummary: "unclosed\nchange: material\n---\nText');
    expect(split).toMatchObject({ line: expect.any(Number) });
    if (!('reason' in split)) throw new Error('expected a fault');
    expect(split.line).toBeGreaterThanOrEqual(3);
    expect(split.line).toBeLessThanOrEqual(5);
  });

  test('counts blank lines and a byte order mark before the opening fence in the file lines', () => {
    const split = splitFrontMatter('\uFEFF\n---\neffective: 2026-03-14\nchange: material\n---\nText');
    if ('reason' in split) throw new Error(split.reason);
    expect(split).toMatchObject({ rawLine: 2, body: '\nText', bodyLine: 5 });
    expect(fieldLine(split, 'change')).toBe(4);
  });

  test('keeps what follows the closing fence on its line in the body', () => {
    expect(splitFrontMatter('---\na: 1\n---  \nText')).toMatchObject({ data: { a: 1 }, body: '  \nText', bodyLine: 3 });
  });
});
