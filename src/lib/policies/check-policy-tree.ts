import { checkLanguageClashes, isDatedTextFile, isInLanguageFolder } from '../translations/check-translations.ts';
import { INTERFACE_LANGUAGES, type TranslationLanguages } from '../translations/languages.ts';
import { checkPolicyFolder } from './check-policy-folder.ts';
import type { PolicyFile } from './policy-file.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';

/**
 * Check a whole policies folder and list every problem at once (the build stops on any).
 *
 * `root` is the folder's path as shown in messages (default `policies`). Files directly in the root
 * (a README, the lock file) are not policies and are left alone. A policy's translations are in
 * its language folders (`cookies/de/2026-03-14.mdx`), checked against `languages` (default: source
 * language `en`, Redline's interface languages); other subfolders are refused.
 */
export function checkPolicyTree(
  files: readonly PolicyFile[],
  root = 'policies',
  languages: TranslationLanguages = { sourceLanguage: 'en', interfaceLanguages: INTERFACE_LANGUAGES },
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const folders = new Map<string, PolicyFile[]>();
  const languageFolders = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.length === 1 || parts.some((part) => part.startsWith('.'))) continue;
    const [slug = '', ...rest] = parts;
    if (isInLanguageFolder(file.path)) {
      if (isDatedTextFile(rest[1] ?? '')) languageFolders.add(`${slug}/${rest[0]}`);
    } else if (rest.length > 1) {
      if (/\.mdx?$/i.test(file.path)) {
        problems.push(problemAt(`${root}/${file.path}`, `is in a subfolder, where Redline does not look — move it to ${root}/${slug}/`));
      }
      continue;
    }
    folders.set(slug, [...(folders.get(slug) ?? []), { path: rest.join('/'), text: file.text }]);
  }
  if (folders.size === 0) {
    problems.push(problemAt(root, 'has no policies — add a folder per policy, e.g. cookies/policy.yml and cookies/2026-03-14.mdx'));
  }
  for (const [slug, folderFiles] of [...folders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    problems.push(...checkPolicyFolder(`${root}/${slug}`, slug, folderFiles, languages));
  }
  problems.push(...checkLanguageClashes(root, [...folders.keys()], [...languageFolders].sort()));
  return problems;
}
