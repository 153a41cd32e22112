import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_DIR } from '../lib/integrity/index.ts';

/** Return the path, in a policies folder, of the archived source with the given hash. */
export function archivedSourcePath(dir: string, sha256: string): string {
  return join(dir, ARCHIVE_DIR, `${sha256}.mdx`);
}

/** Keep a copy of a locked revision's source (line endings LF), named by its hash, so a correction can always be shown against it. */
export function archiveSource(dir: string, sha256: string, text: string): void {
  const path = archivedSourcePath(dir, sha256);
  if (existsSync(path)) return;
  mkdirSync(join(dir, ARCHIVE_DIR), { recursive: true });
  writeFileSync(path, text.replace(/\r\n?/g, '\n'));
}

/**
 * Read an archived source back, or undefined when it was never archived. Only a regular file is
 * read: a symbolic link in the archive could otherwise publish any file of the build machine (the
 * checks refuse such an entry; this never follows one either).
 */
export function readArchivedSource(dir: string, sha256: string): string | undefined {
  const path = archivedSourcePath(dir, sha256);
  return existsSync(path) && lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}
