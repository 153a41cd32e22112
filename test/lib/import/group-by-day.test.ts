import { describe, expect, test } from 'vitest';
import { groupByDay } from '../../../src/lib/import/index.ts';

describe('groupByDay', () => {
  test('keeps the last version of each day and skips days that end unchanged', () => {
    const versions = [
      { date: '2024-01-01', text: 'A', subject: 'first' },
      { date: '2024-01-01', text: 'B', subject: 'second the same day' },
      { date: '2024-01-05', text: 'C', subject: 'typo' },
      { date: '2024-01-05', text: 'B', subject: 'revert' },
      { date: '2024-02-01', text: 'D', subject: 'new terms' },
    ];
    expect(groupByDay(versions).map((v) => [v.date, v.text, v.subject])).toEqual([
      ['2024-01-01', 'B', 'second the same day'],
      ['2024-02-01', 'D', 'new terms'],
    ]);
  });

  test('gives the revision of a day the messages of all its versions, in order', () => {
    const versions = [
      { date: '2024-01-01', text: 'A', messages: ['First'] },
      { date: '2024-01-02', text: 'B', messages: ['Shorten'] },
      { date: '2024-01-02', text: 'C' },
      { date: '2024-01-02', text: 'D', messages: ['Fix a typo'] },
    ];
    expect(groupByDay(versions).map((v) => [v.text, v.messages])).toEqual([
      ['A', ['First']],
      ['D', ['Shorten', 'Fix a typo']],
    ]);
  });

  test('treats CRLF and LF line endings as the same text', () => {
    expect(
      groupByDay([
        { date: '2024-01-01', text: 'a\nb' },
        { date: '2024-01-02', text: 'a\r\nb' },
      ]),
    ).toHaveLength(1);
  });
});
