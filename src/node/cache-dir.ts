import { resolve } from 'node:path';

/**
 * Return the absolute path of the build cache: `REDLINE_CACHE_DIR` if set (tests and benchmarks give
 * each build its own), else `node_modules/.astro`. Astro's own cache and the redline cache
 * (`redline-diffs/`) live there; deleting the folder only makes the next build slower.
 */
export function cacheDir(root: string = process.cwd()): string {
  return resolve(root, process.env.REDLINE_CACHE_DIR || 'node_modules/.astro');
}
