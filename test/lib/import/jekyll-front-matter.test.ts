import { describe, expect, test } from 'vitest';
import { readJekyllSource } from '../../../src/lib/import/index.ts';

describe('readJekyllSource', () => {
  test('keeps the title and the body after the closing fence', () => {
    expect(readJekyllSource('---\ntitle: Privacy\nredirect_from: /privacy-old\n---\n\n# Privacy\n')).toEqual({
      title: 'Privacy',
      body: '\n# Privacy\n',
    });
  });

  test('reads Windows line breaks and a byte order mark', () => {
    expect(readJekyllSource('\uFEFF---\r\ntitle: Terms\r\n---\r\nText\r\n')).toEqual({ title: 'Terms', body: 'Text\n' });
  });

  test.each([
    ['no title', '---\nlayout: page\n---\nText', { body: 'Text' }],
    ['empty front matter', '---\n---\nText', { body: 'Text' }],
    ['unreadable YAML', '---\ntitle: "unclosed\n---\nText', { body: 'Text' }],
    ['a title that is not text', '---\ntitle: [a, b]\n---\nText', { body: 'Text' }],
  ])('keeps only the body of front matter with %s', (_, text, expected) => {
    expect(readJekyllSource(text)).toEqual(expected);
  });

  test.each([
    ['no front matter', '# Terms\n\n---\n\nText'],
    ['a blank line before the fence', '\n---\ntitle: Terms\n---\nText'],
    ['an unclosed block', '---\ntitle: Terms\nText'],
  ])('imports a file with %s whole', (_, text) => {
    expect(readJekyllSource(text)).toEqual({ body: text });
  });
});
