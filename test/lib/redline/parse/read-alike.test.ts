import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { readAlike } from '../../../../src/lib/redline/parse/read-alike.ts';

const MDX = '# Cookies\n\n<Note type="info">\nWe keep cookies.\n</Note>\n';
const MARKDOWN = `${MDX}\nUse {% site.name %} at will.\n`;

describe('readAlike', () => {
  test('keeps revisions read the same way as they are, parsing nothing', () => {
    const [a, b] = [parseDocument(MDX), parseDocument(MDX)];
    const alike = readAlike(a, b);
    expect(alike.old).toBe(a);
    expect(alike.new).toBe(b);
    expect(alike.reparsed).toBeNull();
  });

  test('reads the MDX revision as Markdown when the other one is not valid MDX', () => {
    const [a, b] = [parseDocument(MDX), parseDocument(MARKDOWN)];
    expect([a.mdx, b.mdx]).toEqual([true, false]);
    const alike = readAlike(a, b);
    expect(alike.reparsed).toBe('old');
    expect(alike.old.mdx).toBe(false);
    expect(alike.old.blocks).toEqual(parseDocument(MDX, { mdx: false }).blocks);
    expect(alike.new).toBe(b);
    expect(readAlike(b, a).reparsed).toBe('new');
  });
});
