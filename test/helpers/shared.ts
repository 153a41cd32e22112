import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/**
 * Return the path of a file in the workplace's shared folder (seed text, real corpora): `../shared`
 * beside the checkout, as in development and CI. Fails loudly when it is missing rather than letting
 * a test pass on nothing.
 */
export function sharedPath(...parts: string[]): string {
  const path = join(ROOT, '..', 'shared', ...parts);
  if (!existsSync(path)) throw new Error(`${path} is missing: the tests read ../shared (seed and corpora) beside the checkout`);
  return path;
}
