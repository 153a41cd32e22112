import { buildDeviceStorageDisclosure } from '../declaration/index.ts';
import type { PolicyFile } from './policy-file.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';
import { revisionSchema } from './schema.ts';
import { fieldLine, splitFrontMatter } from './split-front-matter.ts';

// A revision file of a policy folder: `<policy>/<YYYY-MM-DD>.mdx`.
const REVISION_FILE = /^[^/.][^/]*\/\d{4}-\d{2}-\d{2}\.mdx$/;

/**
 * List what the device storage disclosure of each revision's declaration leaves out or cannot say
 * as the declaration does (`buildDeviceStorageDisclosure`), as `file:line` notes at the file's
 * `declaration`. They do not stop the build: the declaration is sound, and the disclosure says
 * what it can. Files that do not parse are left to the checks that report them.
 *
 * `root` is the folder's path as shown (default `policies`); `siteDomain` the host of the site the
 * policies cover.
 */
export function findDisclosureNotes(files: readonly PolicyFile[], { root = 'policies', siteDomain }: { root?: string; siteDomain: string }): PolicyProblem[] {
  const notes: PolicyProblem[] = [];
  for (const file of files) {
    if (!REVISION_FILE.test(file.path)) continue;
    const split = splitFrontMatter(file.text);
    if ('reason' in split) continue;
    const declaration = revisionSchema.safeParse(split.data).data?.declaration;
    if (!declaration) continue;
    const line = fieldLine(split, 'declaration');
    for (const note of buildDeviceStorageDisclosure(declaration, { siteDomain }).notes) {
      notes.push(problemAt(`${root}/${file.path}`, `front matter "${formatPath(['declaration', ...note.path])}": ${note.message}`, line));
    }
  }
  return notes;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');
}
