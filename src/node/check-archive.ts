import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_DIR, type LockFile } from '../lib/integrity/index.ts';
import { problemAt, sourceSha256, type PolicyProblem } from '../lib/policies/index.ts';

/** The archived sources of a policies folder: file name → text. */
export function readArchive(dir: string): Map<string, string> {
  const folder = join(dir, ARCHIVE_DIR);
  if (!existsSync(folder)) return new Map();
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [entry.name, readFileSync(join(folder, entry.name), 'utf8')]));
}

/**
 * Check the archive of locked sources against the lock: every file is named `<sha256>.mdx` after its
 * own content (so `/sources/<sha256>.mdx` serves exactly what its name says), and every hash the
 * lock records has its source there (so every correction can be shown against what was published).
 */
export function checkArchive(archive: ReadonlyMap<string, string>, lock: LockFile, shown: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const folder = `${shown}/${ARCHIVE_DIR}`;
  for (const [name, text] of archive) {
    const named = /^([0-9a-f]{64})\.mdx$/.exec(name)?.[1];
    const actual = sourceSha256(text);
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
          `is named after sha256 ${named} but its content hashes to ${actual} — an archived source was edited: restore it from version control`,
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
