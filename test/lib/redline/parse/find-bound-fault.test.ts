import { describe, expect, test } from 'vitest';
import { findBoundFault } from '../../../../src/lib/redline/index.ts';

describe('findBoundFault', () => {
  test('names the source line, counting the front matter, and ignores what the front matter holds', () => {
    const frontMatter = `---\nsummary: "${'*a '.repeat(200)}"\nlist:\n${'  - a\n'.repeat(50)}---\n`;
    expect(findBoundFault(`${frontMatter}Text.\n`)).toBeUndefined();
    expect(findBoundFault(`${frontMatter}\n${'>'.repeat(40)} deep\n`)).toMatchObject({ bound: 'nesting', line: 56, found: 40 });
  });

  test('checks the size of the whole source, front matter included', () => {
    expect(findBoundFault(`---\nsummary: "${'x'.repeat(1_100_000)}"\n---\nText.\n`)).toMatchObject({ bound: 'bytes', line: 2 });
  });
});
