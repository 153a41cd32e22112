import { describe, expect, test } from 'vitest';
import { diffBlockGroup } from '../../../../src/lib/redline/words/diff-block-group.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import { showOps } from '../helpers/tokens.ts';

const group = (old: string, next: string, maxEdits = 1_000) =>
  diffBlockGroup(parseDocument(old).blocks, parseDocument(next).blocks, maxEdits);

describe('diffBlockGroup', () => {
  test('diffs a split across the new paragraph boundary, marking only the real change', () => {
    const { ops } = group('We collect data. We keep it for thirty days.', 'We collect data.\n\nWe keep it for sixty days.');
    expect(showOps(ops)).toBe('We collect data.<del> </del><ins>¶</ins>We keep it for <del>thirty</del><ins>sixty</ins> days.');
  });

  test('diffs a merge with the old paragraph boundary deleted', () => {
    const { ops } = group('Email us.\n\nWe answer.', 'Email us and we answer.');
    expect(showOps(ops)).toContain('<del>.¶We</del>');
  });

  test('shows a split inside a word as the old text replaced, so no space is added to it', () => {
    const { ops, bounded } = group('Call `we we`x now', 'Call `we\n\nwe`x now');
    expect(bounded).toBe(false);
    expect(ops.map((op) => op.op)).toEqual(['delete', 'insert']);
  });

  test('falls back to a whole deletion and insertion past the bound', () => {
    const result = group('one two three four', 'five six seven eight', 2);
    expect(result.bounded).toBe(true);
    expect(showOps(result.ops)).toBe('<del>one two three four</del><ins>five six seven eight</ins>');
  });

  test('diffs blocks of hundreds of thousands of tokens without overflowing the stack', () => {
    // Just within MAX_SOURCE_LINES, which parseDocument enforces.
    const code = `\`\`\`\n${Array.from({ length: 19_000 }, (_, i) => `line ${i} of the code`).join('\n')}\n\`\`\``;
    const changed = code.replace('line 7 ', 'line seven ');
    const olds = parseDocument(code).blocks;
    expect(olds[0]?.tokens.length).toBeGreaterThan(150_000);
    const { ops, bounded } = diffBlockGroup(olds, parseDocument(changed).blocks, 1_000);
    expect(bounded).toBe(false);
    expect(ops.filter((op) => op.op === 'insert').map((op) => op.tokens.map((token) => token.text).join(''))).toEqual(['seven']);
  });
});
