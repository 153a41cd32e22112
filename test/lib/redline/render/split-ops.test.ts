import { describe, expect, test } from 'vitest';
import { splitOps } from '../../../../src/lib/redline/render/split-ops.ts';
import type { Item } from '../../../../src/lib/redline/render/split-ops.ts';
import { makeToken } from '../../../../src/lib/redline/parse/index.ts';
import type { TokenOp } from '../../../../src/lib/redline/index.ts';
import { tokens } from '../helpers/tokens.ts';

const BOUNDARY = makeToken('', 'block', [], '');
const show = (blocks: Item[][]): string[] =>
  blocks.map((items) =>
    items.map(({ op, token }) => (token.kind === 'block' ? '¶' : op === 'equal' ? token.text : `${op[0]}:${token.text}`)).join(''),
  );

// "We collect data. We keep it." split into two paragraphs.
const split: TokenOp[] = [
  { op: 'equal', tokens: tokens('We collect data.') },
  { op: 'delete', tokens: tokens(' ') },
  { op: 'insert', tokens: [BOUNDARY] },
  { op: 'equal', tokens: tokens('We keep it.') },
];

describe('splitOps', () => {
  test('cuts the inline view at the new paragraph boundary, marking it inserted and dropping the edge whitespace edit', () => {
    expect(show(splitOps(split, 'inline'))).toEqual(['We collect data.¶', 'We keep it.']);
  });

  test('keeps one block on the old side of a split', () => {
    expect(show(splitOps(split, 'old'))).toEqual(['We collect data.d: We keep it.']);
  });

  test('keeps a merge as one inline block with its deleted boundary', () => {
    const merge: TokenOp[] = [
      { op: 'equal', tokens: tokens('Email us') },
      { op: 'delete', tokens: [...tokens('.'), BOUNDARY, ...tokens('We')] },
      { op: 'insert', tokens: tokens(' and we') },
      { op: 'equal', tokens: tokens(' answer.') },
    ];
    expect(show(splitOps(merge, 'inline'))).toEqual(['Email usd:.¶d:Wei: i:andi: i:we answer.']);
    expect(show(splitOps(merge, 'old'))).toEqual(['Email usd:.', 'd:We answer.']);
  });

  test('keeps whitespace-only edits at the edges of code, where whitespace is content', () => {
    const ops: TokenOp[] = [
      { op: 'insert', tokens: tokens('  ') },
      { op: 'equal', tokens: tokens('a') },
    ];
    expect(splitOps(ops, 'inline')[0]?.map((item) => item.op)).toEqual(['equal']);
    expect(splitOps(ops, 'inline', true)[0]?.map((item) => item.op)).toEqual(['insert', 'equal']);
  });
});
