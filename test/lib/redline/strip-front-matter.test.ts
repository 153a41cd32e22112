import { describe, expect, test } from 'vitest';
import { stripFrontMatter } from '../../../src/lib/redline/strip-front-matter.ts';

describe('stripFrontMatter', () => {
  test('blanks the front matter but keeps its lines', () => {
    expect(stripFrontMatter('---\ntitle: Terms\nlist:\n  - a\n---\n# Terms\n')).toBe('\n\n\n\n\n# Terms\n');
  });

  test.each([
    ['no front matter', '# Terms\n\n---\n\nText'],
    ['a thematic break later on', 'Text\n\n---\ntitle: no\n---\n'],
  ])('leaves a body with %s alone', (_, source) => {
    expect(stripFrontMatter(source)).toBe(source);
  });
});
