import { describe, expect, test } from 'vitest';
import { diffTokens } from '../../../../src/lib/redline/words/diff-tokens.ts';
import type { TokenOp } from '../../../../src/lib/redline/index.ts';
import { showOps, tokens } from '../helpers/tokens.ts';

const diff = (a: string, b: string): string => showOps(diffTokens(tokens(a), tokens(b), 1_000) ?? []);
const side = (ops: readonly TokenOp[], skip: TokenOp['op']): string =>
  ops
    .filter((op) => op.op !== skip)
    .flatMap((op) => op.tokens.map((token) => token.text))
    .join('');

describe('diffTokens', () => {
  test.each([
    ['We keep logs for thirty days.', 'We keep logs for sixty days.', 'We keep logs for <del>thirty</del><ins>sixty</ins> days.'],
    ['Hello, world.', 'Hello; world.', 'Hello<del>,</del><ins>;</ins> world.'],
    ['one two', 'one two three', 'one two<ins> three</ins>'],
    ['a b', 'a foo b', 'a <ins>foo </ins>b'],
    ['3. Payment terms', '4. Payment terms', '<del>3</del><ins>4</ins>. Payment terms'],
    ['Read them.', 'Read them.', 'Read them.'],
    [
      'You may cancel the agreement at any time and the old terms apply',
      'You must terminate the contract within ten days and the new rules apply',
      'You <del>may cancel the agreement at any time and the old terms</del><ins>must terminate the contract within ten days and the new rules</ins> apply',
    ],
  ])('diffs %j → %j as %j', (a, b, expected) => {
    expect(diff(a, b)).toBe(expected);
  });

  test('rebuilds both sides exactly ("them." stays "them.")', () => {
    const a = 'Tell them. Then (and only then) delete it — quickly.';
    const b = 'Tell them, then delete it quickly!';
    const ops = diffTokens(tokens(a), tokens(b), 1_000) ?? [];
    expect(side(ops, 'insert')).toBe(a);
    expect(side(ops, 'delete')).toBe(b);
  });

  test('returns null past the edit bound', () => {
    expect(diffTokens(tokens('a b c d e f g'), tokens('h i j k l m n'), 3)).toBeNull();
  });
});
