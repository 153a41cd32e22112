import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_DIR, type LockFile } from '../lib/integrity/index.ts';
import { problemAt, type PolicyProblem } from '../lib/policies/index.ts';
import { MAX_SOURCE_BYTES } from '../lib/redline/index.ts';
import { readRegularFile } from './read-policy-files.ts';

/** The archive of locked sources as read: `<sha256>.mdx` → its exact bytes as text, and what is wrong. */
export interface ArchiveRead {
  /** Every regular file of the archive, by name. */
  archive: Map<string, string>;
  /** Links, non-files and unreadable or oversized files in the archive (and the archive itself). */
  problems: PolicyProblem[];
}

/**
 * Read the archive of locked sources, `<policies>/.archive/`: regular files only, never through a
 * link (a link there could make `policy:lock` write, or the site publish, any file of the machine).
 */
export function readArchive(dir: string, shown: string = dir): ArchiveRead {
  const folder = join(dir, ARCHIVE_DIR);
  const where = `${shown}/${ARCHIVE_DIR}`;
  let stat;
  try {
    stat = lstatSync(folder);
  } catch {
    return { archive: new Map(), problems: [] };
  }
  if (!stat.isDirectory()) {
    return {
      archive: new Map(),
      problems: [problemAt(where, 'is not a folder (a symbolic link or a file) — restore the folder from version control')],
    };
  }
  const archive = new Map<string, string>();
  const problems: PolicyProblem[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    // Sources hold at most MAX_SOURCE_BYTES of text; front matter and slack aside, twice that is no source.
    const read = entry.isFile()
      ? readRegularFile(join(folder, entry.name), { maxBytes: 2 * MAX_SOURCE_BYTES })
      : 'is not a regular file (a symbolic link, folder or device)';
    if (typeof read === 'string')
      problems.push(
        problemAt(
          `${where}/${entry.name}`,
          `${read} — the archive holds only the sources npm run policy:lock wrote: restore it from version control`,
        ),
      );
    else archive.set(entry.name, Buffer.from(read).toString('utf8'));
  }
  return { archive, problems };
}

/**
 * Check the archive of locked sources against the lock: every file is named `<sha256>.mdx` after the
 * SHA-256 of its exact bytes (so `/sources/<sha256>.mdx` serves exactly what its name says), every
 * hash the lock records has its source there (so every correction can be shown against what was
 * published), and every file there is one the lock records (only `policy:lock` writes the archive,
 * so a file it does not record means an entry was taken out of the lock).
 */
export function checkArchive(archive: ReadonlyMap<string, string>, lock: LockFile, shown: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const folder = `${shown}/${ARCHIVE_DIR}`;
  const recorded = new Set(lock.entries.map((entry) => `${entry.sha256}.mdx`));
  for (const [name, text] of archive) {
    const named = /^([0-9a-f]{64})\.mdx$/.exec(name)?.[1];
    const actual = createHash('sha256').update(text, 'utf8').digest('hex');
    if (named === undefined) {
      problems.push(
        problemAt(
          `${folder}/${name}`,
          `is not named <sha256>.mdx — the archive holds only sources npm run policy:lock put there: remove it`,
        ),
      );
    } else if (named !== actual) {
      problems.push(
        problemAt(
          `${folder}/${name}`,
          `is named after sha256 ${named} but its bytes hash to ${actual} — an archived source was edited: restore it from version control`,
        ),
      );
    } else if (!recorded.has(name)) {
      problems.push(
        problemAt(
          `${folder}/${name}`,
          `is a locked source the lock no longer records — an entry was taken out of ${shown}/redline.lock.json: restore the lock from version control (it is only ever appended to)`,
        ),
      );
    }
  }
  for (const entry of lock.entries) {
    if (!archive.has(`${entry.sha256}.mdx`)) {
      problems.push(
        problemAt(
          `${folder}/${entry.sha256}.mdx`,
          `is missing: the lock records it for ${entry.revision} (locked on ${entry.lockedOn}) — restore it from version control`,
        ),
      );
    }
  }
  return problems;
}
