import { describe, expect, test } from 'vitest';
import { describeSearchIndex, formatBytes } from '../../../src/lib/search/index.ts';

describe('formatBytes', () => {
  test.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1,023 bytes'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [1_427_598, '1.4 MiB'],
    [5 * 1024 ** 3, '5.0 GiB'],
  ])('writes %i bytes as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('describeSearchIndex', () => {
  test('says how many pages it indexed, its size on disk, exact and readable, and how long it took', () => {
    expect(describeSearchIndex({ pages: 46, files: 81, bytes: 1_427_598, folder: 'pagefind/', milliseconds: 1234 })).toBe(
      'search index: 46 pages indexed, 81 files, 1,427,598 bytes (1.4 MiB) in pagefind/, in 1,234 ms',
    );
    expect(describeSearchIndex({ pages: 1, files: 1, bytes: 1, folder: 'pagefind/', milliseconds: 0 })).toBe(
      'search index: 1 page indexed, 1 file, 1 byte (1 byte) in pagefind/, in 0 ms',
    );
  });
});
