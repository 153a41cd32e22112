import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/**
 * Return the path of a file the tests read from the repository's own fixtures (`test/fixtures`):
 * Mailly's published cookie policy as its seed text, and GitHub's site policies with their real
 * history (CC0, see test/fixtures/corpora/README.md). Fails loudly when one is missing rather than
 * letting a test pass on nothing.
 */
export function fixturePath(...parts: string[]): string {
  const path = join(ROOT, 'test', 'fixtures', ...parts);
  if (!existsSync(path)) throw new Error(`${path} is missing: the tests read their fixtures from test/fixtures`);
  return path;
}
