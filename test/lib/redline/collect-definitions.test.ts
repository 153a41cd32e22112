import { describe, expect, test } from 'vitest';
import { collectDefinitions } from '../../../src/lib/redline/collect-definitions.ts';
import type { FlowNode } from '../../../src/lib/redline/flatten-blocks.ts';
import { parseMarkdown } from '../../../src/lib/redline/parse-markdown.ts';

describe('collectDefinitions', () => {
  test('collects definitions anywhere in the tree, the first of a label winning', () => {
    const { tree } = parseMarkdown('> [Terms]: https://a.test "A"\n\n[terms]: https://b.test\n\n[Other  Label]: /other', false);
    expect(collectDefinitions(tree as unknown as FlowNode)).toEqual(
      new Map([
        ['terms', { url: 'https://a.test', title: 'A' }],
        ['other label', { url: '/other', title: '' }],
      ]),
    );
  });

  test('walks a tree thousands deep without recursion', () => {
    const { tree } = parseMarkdown(`${'> '.repeat(5_000)}[deep]: /deep`, false);
    expect(collectDefinitions(tree as unknown as FlowNode).get('deep')).toEqual({ url: '/deep', title: '' });
  });
});
