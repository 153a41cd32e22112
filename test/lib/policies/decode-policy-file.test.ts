import { describe, expect, test } from 'vitest';
import { decodePolicyFile, firstInvalidUtf8 } from '../../../src/lib/policies/index.ts';

const FILE = 'policies/cookies/2026-03-14.mdx';
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodePolicyFile', () => {
  test('decodes UTF-8, keeping a byte order mark as Node does', () => {
    expect(decodePolicyFile(FILE, bytes([0xef, 0xbb, 0xbf], 'Café\n'))).toEqual({ text: '\uFEFFCafé\n' });
  });

  test('refuses bytes that are not UTF-8, naming the byte, its offset, line and column, and the fix', () => {
    const decoded = decodePolicyFile(FILE, bytes('---\neffective: 2026-03-14\n---\nCafé ', [0xff], ' ok\n'));
    expect(decoded).toEqual({
      problem: {
        file: FILE,
        line: 4,
        message:
          'is not valid UTF-8: byte 0xFF at byte offset 36 does not decode — save the file as UTF-8 (Redline reads, hashes and publishes it as UTF-8) (column 6)',
      },
    });
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    ['ASCII', bytes('abc'), -1],
    ['every well-formed length', bytes('é€😀'), -1],
    ['a lone continuation byte', bytes('a', [0x80]), 1],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf]), 1],
    ['an encoded surrogate', bytes('ab', [0xed, 0xa0, 0x80]), 2],
    ['a truncated sequence', bytes('a', [0xe2, 0x82]), 1],
    ['a code point past U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
  ])('finds %s', (_case, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });
});
