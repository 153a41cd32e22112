import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Make a fresh temporary folder whose name starts with `prefix`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `redline-${prefix}-`));
}
