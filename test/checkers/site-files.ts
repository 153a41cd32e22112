import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** List every file of a built site, as `/`-separated paths relative to it, sorted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}
