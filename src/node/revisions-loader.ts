import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../lib/policies/index.ts';

const REVISION_FILE = /^\d{4}-\d{2}-\d{2}\.mdx$/;

/**
 * Load the revisions of the policies folder at `base` as data entries — front matter and body, id
 * `<policy>/<YYYY-MM-DD>` — without handing any of them to an MDX compiler: a revision is text, and
 * src/data renders its body through the allowlist (src/lib/revision-body). Only regular files are
 * read (directory entries are not followed, so a symbolic link is never loaded); the Redline
 * integration has checked the whole folder before this runs.
 */
export function revisionsLoader(base: string): Loader {
  return {
    name: 'redline-revisions',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const sync = async (): Promise<void> => {
        store.clear();
        for (const folder of readdirSync(base, { withFileTypes: true })) {
          if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
          for (const file of readdirSync(join(base, folder.name), { withFileTypes: true })) {
            if (!file.isFile() || !REVISION_FILE.test(file.name)) continue;
            const path = join(base, folder.name, file.name);
            const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
            const split = splitFrontMatter(text);
            if ('reason' in split) throw new Error(`${path}: front matter is not valid YAML (${split.reason})`);
            const id = `${folder.name}/${file.name.slice(0, 10)}`;
            const filePath = relative(root, path).split(sep).join('/');
            const data = await parseData({ id, data: split.data, filePath });
            store.set({ id, data, body: split.body, filePath, digest: generateDigest(text) });
          }
        }
      };
      await sync();
      // `astro dev`: a saved revision shows on the next page load.
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(base) && path.endsWith('.mdx')) void sync();
      });
    },
  };
}
