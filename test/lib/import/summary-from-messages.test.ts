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
    ['no message', [], ''],
    ['only white space', ['  \n\n '], ''],
  ])('%s', (_, messages, expected) => {
    expect(summaryFromMessages(messages)).toBe(expected);
  });

  test('shortens a long message at a word, with an ellipsis', () => {
    const summary = summaryFromMessages([`Rewrite\n\n${'word '.repeat(200)}`]);
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).toMatch(/^Rewrite\. (word )+word…$/);
  });
});
