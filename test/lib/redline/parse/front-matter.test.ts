import { describe, expect, test } from 'vitest';
import { blankFrontMatter, cutFrontMatter } from '../../../../src/lib/redline/parse/front-matter.ts';

describe('cutFrontMatter', () => {
  test('cuts the YAML and the body, with the lines they start on', () => {
    expect(cutFrontMatter('---\neffective: 2026-03-14\nchange: material\n---\n\nHello\n')).toEqual({
      yaml: '\neffective: 2026-03-14\nchange: material\n',
      yamlLine: 1,
      body: '\n\nHello\n',
      bodyLine: 4,
    });
  });

  test('allows a byte order mark or blank lines before the opening fence, as Astro does', () => {
    expect(cutFrontMatter('\uFEFF---\na: 1\n---\nText')).toMatchObject({ yaml: '\na: 1\n', yamlLine: 1, body: '\nText', bodyLine: 3 });
    expect(cutFrontMatter('\n \n---\na: 1\n---\nText')).toMatchObject({ yamlLine: 3, bodyLine: 5 });
  });

  test('keeps Windows line breaks and what follows the closing fence on its line', () => {
    expect(cutFrontMatter('---\r\na: 1\r\n--- \r\nText')).toEqual({ yaml: '\r\na: 1\r\n', yamlLine: 1, body: ' \r\nText', bodyLine: 3 });
  });

  test('takes a closing fence only as a line of its own', () => {
    expect(cutFrontMatter('---\na: 1\n---b\nc: 2\n---\nText')).toMatchObject({ yaml: '\na: 1\n---b\nc: 2\n', body: '\nText' });
    expect(cutFrontMatter('---\na: 1\n----\n')).toBeUndefined();
  });

  test.each([
    ['no front matter', '# Terms\n\n---\n\nText'],
    ['a thematic break later on', 'Text\n\n---\ntitle: no\n---\n'],
    ['an unclosed block', '---\ntitle: Terms\n'],
  ])('finds none in a file with %s', (_, source) => {
    expect(cutFrontMatter(source)).toBeUndefined();
  });
});

describe('blankFrontMatter', () => {
  test('blanks the front matter but keeps its lines', () => {
    expect(blankFrontMatter('---\ntitle: Terms\nlist:\n  - a\n---\n# Terms\n')).toBe('\n\n\n\n\n# Terms\n');
  });

  test('blanks the rest of the closing fence line', () => {
    expect(blankFrontMatter('---\na: 1\n--- \t\n# Terms\n')).toBe('\n\n\n# Terms\n');
  });

  test.each([
    ['no front matter', '# Terms\n\n---\n\nText'],
    ['a thematic break later on', 'Text\n\n---\ntitle: no\n---\n'],
  ])('leaves a body with %s alone', (_, source) => {
    expect(blankFrontMatter(source)).toBe(source);
  });
});
