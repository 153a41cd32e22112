import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_DIR } from '../lib/integrity/index.ts';

/** Return the path, in a policies folder, of the archived source with the given hash. */
export function archivedSourcePath(dir: string, sha256: string): string {
  return join(dir, ARCHIVE_DIR, `${sha256}.mdx`);
}

/**
 * Keep a copy of a locked revision's source (line endings LF), named by its hash, so a correction
 * can always be shown against it. Never writes through a link: the archive folder must be a real
 * folder, and the file is created new (`wx`), so a link planted there is an error, not a write
 * elsewhere on the machine.
 */
export function archiveSource(dir: string, sha256: string, text: string): void {
  const folder = join(dir, ARCHIVE_DIR);
  const path = archivedSourcePath(dir, sha256);
  if (existsSync(folder) && !lstatSync(folder).isDirectory()) throw new Error(`${folder} is not a folder (a symbolic link?) — restore it`);
  if (isRegularFile(path)) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, text.replace(/\r\n?/g, '\n'), { flag: 'wx' });
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Read an archived source back, or undefined when it was never archived. Only a regular file is
 * read: a symbolic link in the archive could otherwise publish any file of the build machine (the
 * checks refuse such an entry; this never follows one either).
 */
export function readArchivedSource(dir: string, sha256: string): string | undefined {
  const path = archivedSourcePath(dir, sha256);
  return isRegularFile(path) ? readFileSync(path, 'utf8') : undefined;
}
