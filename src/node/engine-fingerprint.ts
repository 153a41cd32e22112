import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Return a hash of everything a redline depends on besides the two sources and the options: the
 * engine's code (src/lib/redline), the exact dependency versions (package-lock.json: the Markdown
 * parsers and jsdiff) and the Unicode version (word and grapheme boundaries). A cached redline is
 * reused only under the same fingerprint, so changing the engine or upgrading a parser never serves
 * a stale redline. Null when the engine's code cannot be read: then nothing is cached.
 */
export function engineFingerprint(root: string = process.cwd()): string | null {
  const engine = join(root, 'src/lib/redline');
  if (!existsSync(engine)) return null;
  const hash = createHash('sha256');
  const files = readdirSync(engine, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(engine, file)))
      .update('\0');
  const lock = join(root, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : 'no lock file');
  hash.update(`\0unicode ${process.versions.unicode ?? '?'}\0icu ${process.versions.icu ?? '?'}`);
  return hash.digest('hex');
}
