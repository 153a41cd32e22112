import { checkLanguageClashes, checkTranslations, isDatedTextFile, isInLanguageFolder } from '../translations/check-translations.ts';
import { INTERFACE_LANGUAGES, languageFolderTag, type TranslationLanguages } from '../translations/languages.ts';
import { checkPolicyRevisions } from './check-policy-folder.ts';
import type { PolicyFile } from './policy-file.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';

/**
 * Check a whole policies folder and list every problem at once (the build stops on any).
 *
 * `root` is the folder's path as shown in messages (default `policies`). Files directly in the root
 * (a README, the lock file) are not policies and are left alone. A policy's translations are in
 * its language folders (`cookies/de/2026-03-14.mdx`), checked against `languages` (default: source
 * language `en`, Redline's interface languages) and against the revisions of every policy (one in
 * the wrong policy folder is named so); revisions or translations in other subfolders are refused.
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
    if (isInLanguageFolder(file.path, languages.interfaceLanguages)) {
      if (isDatedTextFile(rest[1] ?? '')) languageFolders.add(`${slug}/${rest[0]}`);
    } else if (rest.length > 1) {
      if (/\.mdx?$/i.test(file.path)) problems.push(problemAt(`${root}/${file.path}`, inSubfolder(root, slug, rest, languages)));
      continue;
    }
    folders.set(slug, [...(folders.get(slug) ?? []), { path: rest.join('/'), text: file.text }]);
  }
  if (folders.size === 0) {
    problems.push(problemAt(root, 'has no policies — add a folder per policy, e.g. cookies/policy.yml and cookies/2026-03-14.mdx'));
  }
  // Every policy's revisions first: a translation is checked against those of the other policies too.
  const checked = [...folders]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([slug, folderFiles]) => ({ slug, folderFiles, ...checkPolicyRevisions(`${root}/${slug}`, slug, folderFiles) }));
  for (const { slug, folderFiles, problems: own, revisions } of checked) {
    const translations = folderFiles.filter((file) => file.path.includes('/'));
    const others = checked.flatMap((other) => (other.slug === slug ? [] : other.revisions));
    problems.push(...own, ...checkTranslations(`${root}/${slug}`, translations, revisions, languages, others));
  }
  problems.push(...checkLanguageClashes(root, [...folders.keys()], [...languageFolders].sort()));
  return problems;
}

// Why a Markdown file in a subfolder of a policy is not read, and what to do: one in a subfolder of a
// language folder is in the language (a German text, not a revision); one in any other subfolder is a
// translation in a folder not named after its language, or a revision or a copy out of place.
function inSubfolder(root: string, slug: string, rest: readonly string[], { interfaceLanguages }: TranslationLanguages): string {
  const [folder = ''] = rest;
  const tag = rest.length > 2 ? languageFolderTag(folder, interfaceLanguages) : undefined;
  if (tag !== undefined) {
    return `is in a subfolder of the language folder ${root}/${slug}/${folder}/, where Redline does not look — move it to ${root}/${slug}/${tag}/ or remove it`;
  }
  return (
    `is in a subfolder, where Redline does not look — if "${folder}" holds translations, name it after their language as a BCP 47 tag ` +
    `with a two-letter language code, such as "de" or "pt-BR"; otherwise move the file to ${root}/${slug}/ (a revision) or out of ${root}/`
  );
}
