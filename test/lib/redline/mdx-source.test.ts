import { describe, expect, test } from 'vitest';
import type { FlowNode } from '../../../src/lib/redline/flatten-blocks.ts';
import { mdxSource } from '../../../src/lib/redline/mdx-source.ts';
import { parseMarkdown } from '../../../src/lib/redline/parse-markdown.ts';

const first = (source: string): FlowNode => parseMarkdown(source, true).tree.children[0] as unknown as FlowNode;

describe('mdxSource', () => {
  test('gives a component with children only its opening tag', () => {
    const source = '<Note type="info">\nInside.\n</Note>';
    expect(mdxSource(first(source), source, true)).toBe('<Note type="info">');
  });

  test('gives ESM and empty components as written', () => {
    const esm = "import { Note } from './Note.astro';";
    expect(mdxSource(first(esm), esm, false)).toBe(esm);
    const empty = '<CookieTable category="analytics" />';
    expect(mdxSource(first(empty), empty, true)).toBe(empty);
  });
});
