import { describe, expect, test } from 'vitest';
import { MAX_SUMMARY_LENGTH, summaryFromMessages } from '../../../src/lib/import/index.ts';

describe('summaryFromMessages', () => {
  test.each([
    ['a subject alone', ['Add contact'], 'Add contact.'],
    ['a subject that ends a sentence', ['Add contact!'], 'Add contact!'],
    [
      'a subject and a wrapped body',
      ['Add contact\n\nThe privacy team asked to be\nreachable by email.'],
      'Add contact. The privacy team asked to be reachable by email.',
    ],
    [
      'trailers left out',
      ['Add contact\n\nWhy.\n\nSigned-off-by: Ada <ada@example.org>\nCo-authored-by: Bo <bo@example.org>'],
      'Add contact. Why.',
    ],
    ['a last paragraph that only looks like trailers when alone is kept', ['Note: this is a subject'], 'Note: this is a subject.'],
    ['CRLF line ends', ['Add contact\r\n\r\nBody.\r\n'], 'Add contact. Body.'],
    ['several messages, in order', ['Shorten the terms', 'Fix a typo.'], 'Shorten the terms. Fix a typo.'],
    [
      'a last paragraph of the author’s own "Key: value" lines is kept',
      ['Update terms\n\nWhy: GDPR art. 13 requires it'],
      'Update terms. Why: GDPR art. 13 requires it.',
    ],
    [
      'colours, control characters and bidirectional marks become nothing or spaces',
      ['\x1b[31mFix\x1b[0m\u202e typo\u0007 in §2'],
      'Fix typo in §2.',
    ],
    [
      'a merge body that repeats the commit it merges, once',
      ['Clarify data retention', 'Clarify data retention'],
      'Clarify data retention.',
    ],
    ['no message', [], ''],
    ['only white space', ['  \n\n '], ''],
  ])('%s', (_, messages, expected) => {
    expect(summaryFromMessages(messages)).toBe(expected);
  });

  test('never cuts a character in two', () => {
    const summary = summaryFromMessages([`${'x'.repeat(MAX_SUMMARY_LENGTH - 2)}😀😀😀`]);
    expect(summary.isWellFormed()).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
  });

  test('shortens a long message at a word, with an ellipsis', () => {
    const summary = summaryFromMessages([`Rewrite\n\n${'word '.repeat(200)}`]);
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).toMatch(/^Rewrite\. (word )+word…$/);
  });
});
