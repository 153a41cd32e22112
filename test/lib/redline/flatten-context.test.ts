import { describe, expect, test } from 'vitest';
import { createFlattenContext } from '../../../src/lib/redline/flatten-context.ts';
import type { FlowNode } from '../../../src/lib/redline/flatten-blocks.ts';
import { parseMarkdown } from '../../../src/lib/redline/parse-markdown.ts';

describe('createFlattenContext', () => {
  test("starts empty, with the document's definitions and one slugger for its headings", () => {
    const { tree } = parseMarkdown('[t]: https://example.com/t', false);
    const context = createFlattenContext(tree as unknown as FlowNode, 'source', false);
    expect(context).toMatchObject({ source: 'source', smartPunctuation: false, blocks: [], sections: [], tasks: [], capped: 0 });
    expect(context.definitions.get('t')?.url).toBe('https://example.com/t');
    expect([context.slugger.slug('A'), context.slugger.slug('A')]).toEqual(['a', 'a-1']);
  });
});
