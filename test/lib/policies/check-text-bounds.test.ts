import { describe, expect, test } from 'vitest';
import { checkTextSize, checkTextStructure } from '../../../src/lib/policies/index.ts';

const FILE = 'policies/x/2026-01-01.mdx';

describe('checkTextSize', () => {
  test('refuses a 2 MiB file, naming the file and the line where it passes 1 MiB', () => {
    expect(checkTextSize(FILE, `${'a'.repeat(1023)}\n`.repeat(2 * 1024))).toEqual([
      { file: FILE, line: 1025, message: 'the file is 2.0 MiB (2,097,152 bytes); Redline reads files of at most 1 MiB — shorten it, or split it into several policies' },
    ]);
  });

  test('passes a file within the bounds', () => {
    expect(checkTextSize(FILE, '---\neffective: 2026-01-01\n---\nText.\n')).toEqual([]);
  });
});

describe('checkTextStructure', () => {
  test('names the file line, counting the front matter', () => {
    const body = `\n${Array.from({ length: 40 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n')}`;
    expect(checkTextStructure(FILE, body, 3)).toEqual([
      { file: FILE, line: 36, message: 'the text nests 33 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure' },
    ]);
  });
});
