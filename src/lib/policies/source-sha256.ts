import { createHash } from 'node:crypto';

/**
 * Return the SHA-256 (hex) of a revision's source as published: UTF-8, line endings normalised to
 * LF, so a checkout on Windows gives the same hash. A reader can check it with `sha256sum`.
 */
export function sourceSha256(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}
