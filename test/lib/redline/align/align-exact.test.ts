import { describe, expect, test } from 'vitest';
import { alignExact } from '../../../../src/lib/redline/align/align-exact.ts';

const runs = (a: string, b: string, maxEdits = 100) =>
  alignExact([...a], [...b], maxEdits).runs.map(
    (run) => `${run.equal ? '=' : '~'}${a.slice(run.oldStart, run.oldEnd)}/${b.slice(run.newStart, run.newEnd)}`,
  );

describe('alignExact', () => {
  test.each([
    ['abc', 'abc', ['=abc/abc']],
    ['abc', 'axc', ['=a/a', '~b/x', '=c/c']],
    ['abcd', 'acd', ['=a/a', '~b/', '=cd/cd']],
    ['ab', 'xaby', ['~/x', '=ab/ab', '~/y']],
    ['', 'ab', ['~/ab']],
  ])('aligns %j with %j as %j', (a, b, expected) => {
    expect(runs(a, b)).toEqual(expected);
  });

  test('gives up past the edit bound, keeping the common ends, and says so', () => {
    const result = alignExact([...'xabcdefy'], [...'xfedcbay'], 3);
    expect(result.bounded).toBe(true);
    expect(result.runs.map((run) => [run.equal, run.oldEnd - run.oldStart, run.newEnd - run.newStart])).toEqual([
      [true, 1, 1],
      [false, 6, 6],
      [true, 1, 1],
    ]);
  });

  test('sets aside blocks the other side lacks, so a rewrite around one kept block stays within the bound', () => {
    const result = alignExact([...'abcdefghijX'], [...'klmnopqrstX'], 3);
    expect(result.bounded).toBe(false);
    expect(result.runs.map((run) => [run.equal, run.oldEnd - run.oldStart, run.newEnd - run.newStart])).toEqual([
      [false, 10, 10],
      [true, 1, 1],
    ]);
    expect(
      alignExact([...'abXcdYe'], [...'fXgYhi'], 2)
        .runs.filter((run) => run.equal)
        .map((run) => run.oldStart),
    ).toEqual([2, 5]);
  });
});
