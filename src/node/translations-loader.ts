import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { languageFolderTag } from '../lib/translations/index.ts';
import { datedFilesIn, datedSourcesLoader, policyFolders } from './revisions-loader.ts';

/**
 * Load the translations of the policies folder at `base` as data entries, id
 * `<policy>/<lang>/<YYYY-MM-DD>`: the dated files of each policy's language folders
 * (`policies/cookies/de/2026-03-14.mdx`, a folder named as BCP 47 writes the tag: the checks refuse
 * any other spelling), read as text as revisions are (datedSourcesLoader).
 */
export function translationsLoader(base: string): Loader {
  return datedSourcesLoader('redline-translations', base, (dir) =>
    policyFolders(dir).flatMap((policy) =>
      readdirSync(join(dir, policy), { withFileTypes: true })
        .filter((folder) => folder.isDirectory() && languageFolderTag(folder.name) === folder.name)
        .flatMap((folder) => datedFilesIn(join(dir, policy, folder.name), `${policy}/${folder.name}`)),
    ),
  );
}
