import { describe, expect, test } from 'vitest';
import { createFlattenContext } from '../../../src/lib/redline/flatten-context.ts';
import { pushBlock } from '../../../src/lib/redline/push-block.ts';
import { makeToken } from '../../../src/lib/redline/tokenize-text.ts';

const word = makeToken('done', 'word', [], '');

describe('pushBlock', () => {
  test('gives the first block of an item its checkbox and number, and the next block neither', () => {
    const context = createFlattenContext({ type: 'root' }, '', true);
    context.check = makeToken('x', 'check', [], '');
    context.numberPending = true;
    pushBlock(context, [word], [], { kind: 'paragraph', line: 1 });
    pushBlock(context, [word], [], { kind: 'paragraph', line: 2 });
    expect(context.blocks.map((block) => [block.tokens[0]?.kind, block.numbered])).toEqual([
      ['check', true],
      ['word', false],
    ]);
  });

  test('files a block under the last heading before it', () => {
    const context = createFlattenContext({ type: 'root' }, '', true);
    pushBlock(context, [word], [], { kind: 'paragraph', line: 1 });
    context.sections.push({ id: 'a', title: 'A', depth: 2, block: 1 });
    pushBlock(context, [word], [], { kind: 'paragraph', line: 2 });
    expect(context.blocks.map((block) => block.section)).toEqual([null, 0]);
  });
});
