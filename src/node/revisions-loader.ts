import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../lib/policies/index.ts';

const DATED_FILE = /^\d{4}-\d{2}-\d{2}\.mdx$/;

/** A dated source file a loader stores: its entry id and where it is. */
export interface DatedSourceFile {
  /** The entry's id, e.g. `cookies/2026-03-14`. */
  id: string;
  /** The file's path. */
  path: string;
}

/**
 * Make a loader of dated source files as data entries — front matter and body — without handing
 * any of them to an MDX compiler: a revision or translation is text, and src/data renders its body
 * through the allowlist (src/lib/revision-body). `list` names the files of the policies folder at
 * `base` to load. The Redline integration has checked the whole folder before this runs.
 */
export function datedSourcesLoader(name: string, base: string, list: (base: string) => DatedSourceFile[]): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const sync = async (): Promise<void> => {
        store.clear();
        for (const { id, path } of list(base)) {
          const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
          const split = splitFrontMatter(text);
          if ('reason' in split) throw new Error(`${path}: front matter is not valid YAML (${split.reason})`);
          const filePath = relative(root, path).split(sep).join('/');
          const data = await parseData({ id, data: split.data, filePath });
          store.set({ id, data, body: split.body, filePath, digest: generateDigest(text) });
        }
      };
      await sync();
      // `astro dev`: a saved file shows on the next page load.
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(base) && path.endsWith('.mdx')) void sync();
      });
    },
  };
}

/**
 * List the dated `.mdx` files directly in `folder` (regular files only: directory entries are not
 * followed, so a symbolic link is never loaded), each with the id `<prefix>/<YYYY-MM-DD>`.
 */
export function datedFilesIn(folder: string, prefix: string): DatedSourceFile[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((file) => file.isFile() && DATED_FILE.test(file.name))
    .map((file) => ({ id: `${prefix}/${file.name.slice(0, 10)}`, path: join(folder, file.name) }));
}

/** Return the policy folders of the policies folder at `base`: its folders, dot folders aside. */
export function policyFolders(base: string): string[] {
  return readdirSync(base, { withFileTypes: true })
    .filter((folder) => folder.isDirectory() && !folder.name.startsWith('.'))
    .map((folder) => folder.name);
}

/**
 * Load the revisions of the policies folder at `base` as data entries, id `<policy>/<YYYY-MM-DD>`:
 * the dated files directly in each policy folder (never those of its language folders, which are
 * translations: src/node/translations-loader.ts).
 */
export function revisionsLoader(base: string): Loader {
  return datedSourcesLoader('redline-revisions', base, (dir) =>
    policyFolders(dir).flatMap((policy) => datedFilesIn(join(dir, policy), policy)),
  );
}
