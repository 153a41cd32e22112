import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Return a hash of everything a redline depends on besides the two sources and the options: the
 * engine's files (src/lib/redline, every file), the exact dependency versions (package-lock.json: the Markdown
 * parsers and jsdiff) and the Unicode version (word and grapheme boundaries). A cached redline is
 * reused only under the same fingerprint, so changing the engine or upgrading a parser never serves
 * a stale redline. Null when the engine's code cannot be read: then nothing is cached.
 */
export function engineFingerprint(root: string = process.cwd()): string | null {
  const engine = join(root, 'src/lib/redline');
  if (!existsSync(engine)) return null;
  const hash = createHash('sha256');
  // Every file, not only .ts: a JSON table or a .js helper the engine imports changes its output too.
  const files = readdirSync(engine, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(engine, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  for (const file of files) {
    const content = readFileSync(join(engine, file));
    // Name and length first, so no two different sets of files hash the same text.
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  const lock = join(root, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : 'no lock file');
  hash.update(`\0unicode ${process.versions.unicode ?? '?'}\0icu ${process.versions.icu ?? '?'}`);
  return hash.digest('hex');
}
