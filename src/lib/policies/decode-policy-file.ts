import { problemAt, type PolicyProblem } from './policy-problem.ts';

// `fatal`: a byte sequence that is not UTF-8 is an error, never a silent U+FFFD. `ignoreBOM`: a byte
// order mark stays in the text, as Node's `readFileSync(path, 'utf8')` keeps it, so hashes agree.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode a policy file's bytes as UTF-8, or say where its first byte that is not UTF-8 is (line,
 * column and byte offset) and how to fix it. The lock hashes the decoded text, so bytes that decode
 * to U+FFFD could change without changing the hash: they are refused, not replaced.
 */
export function decodePolicyFile(file: string, bytes: Uint8Array): { text: string } | { problem: PolicyProblem } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    // Everything before the fault is valid UTF-8: count its characters for the column.
    const column = [...strict.decode(bytes.subarray(lineStart, offset))].length + 1;
    const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      problem: problemAt(
        file,
        `is not valid UTF-8: byte ${byte} at byte offset ${offset.toLocaleString('en-US')} does not decode — save the file as UTF-8 (Redline reads, hashes and publishes it as UTF-8) (column ${column})`,
        line,
      ),
    };
  }
}

/** Find the offset of the first byte that does not start or continue a well-formed UTF-8 sequence (Unicode, Table 3-7), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // [continuation bytes, lowest and highest second byte]
    const shape: [number, number, number] | undefined =
      lead >= 0xc2 && lead <= 0xdf
        ? [1, 0x80, 0xbf]
        : lead === 0xe0
          ? [2, 0xa0, 0xbf]
          : (lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef
            ? [2, 0x80, 0xbf]
            : lead === 0xed
              ? [2, 0x80, 0x9f]
              : lead === 0xf0
                ? [3, 0x90, 0xbf]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [3, 0x80, 0xbf]
                  : lead === 0xf4
                    ? [3, 0x80, 0x8f]
                    : undefined;
    if (!shape) return i;
    const [count, low, high] = shape;
    for (let k = 1; k <= count; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += count + 1;
  }
  return -1;
}
