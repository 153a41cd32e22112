import { describe, expect, test } from 'vitest';
import { diffTableRow } from '../../../../src/lib/redline/words/diff-table-row.ts';
import { parseDocument } from '../../../../src/lib/redline/index.ts';
import type { Block } from '../../../../src/lib/redline/index.ts';
import { showOps } from '../helpers/tokens.ts';

// A row of a table with as many columns as the row has cells (GFM cuts and pads rows to the header's count).
const row = (cells: string): Block => {
  const columns = cells.split('|').length - 2;
  return parseDocument(`|${' h |'.repeat(columns)}\n|${' - |'.repeat(columns)}\n${cells}`).blocks[1] as Block;
};
const diff = (a: string, b: string): string => showOps(diffTableRow(row(a), row(b), 1_000).ops);

describe('diffTableRow', () => {
  test('diffs cells of equal rows position by position, never across cells', () => {
    expect(diff('| _session | Keeps you signed in | 2 weeks |', '| _session | Keeps you signed in | 30 days |')).toBe(
      '|_session|Keeps you signed in|<del>2 weeks</del><ins>30 days</ins>',
    );
  });

  test('shows an added cell as a whole inserted cell', () => {
    expect(diff('| a | c |', '| a | b | c |')).toBe('|a<ins>|b</ins>|c');
  });

  test('shows a removed cell as a whole deleted cell', () => {
    expect(diff('| a | b | c |', '| a | c |')).toBe('|a<del>|b</del>|c');
  });
});
