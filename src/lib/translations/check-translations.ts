import type { PolicyFile } from '../policies/policy-file.ts';
import { problemAt, type PolicyProblem } from '../policies/policy-problem.ts';
import { checkTranslationFile, type TranslatableRevision } from './check-translation-file.ts';
import {
  canonicalLanguageTag,
  describeLanguage,
  INTERFACE_LANGUAGES,
  interfaceLanguageFor,
  languageFolderTag,
  listInterfaceLanguages,
  type TranslationLanguages,
} from './languages.ts';

/** Tell whether a file of a policy or language folder is meant as a revision or translation: Markdown or MDX, or named like a date. */
export function isDatedTextFile(name: string): boolean {
  return !name.startsWith('.') && /\.(mdx?|markdown)$|^\d{4}-\d{2}-\d{2}/i.test(name);
}

/**
 * Tell whether a path inside a policies folder, `<policy>/<folder>/<file>`, is in a language folder
 * of a policy (where translations are): exactly one folder down, in a folder Redline reads as a
 * language (languageFolderTag, with `interfaceLanguages`, default INTERFACE_LANGUAGES).
 */
export function isInLanguageFolder(path: string, interfaceLanguages: readonly string[] = INTERFACE_LANGUAGES): boolean {
  const parts = path.split('/');
  return parts.length === 3 && languageFolderTag(parts[1] ?? '', interfaceLanguages) !== undefined;
}

/**
 * Tell whether a path inside a policies folder is a policy's language folder, `<policy>/<lang>`, or
 * a file directly in one (a translation, or what is checked as one).
 */
export function isTranslationPath(path: string, interfaceLanguages: readonly string[] = INTERFACE_LANGUAGES): boolean {
  const parts = path.split('/');
  return (parts.length === 2 || parts.length === 3) && languageFolderTag(parts[1] ?? '', interfaceLanguages) !== undefined;
}

/**
 * Check the translations of one policy folder: each language folder's name — a BCP 47 tag written
 * as BCP 47 writes it (`pt-BR`), not the language the policies are written in, and one Redline has
 * interface strings for — and each translation file in it (checkTranslationFile).
 *
 * `folder` is the policy folder as shown in messages (e.g. `policies/cookies`); `files` are the files
 * of its language folders, with paths relative to it (`de/2026-03-14.mdx`); `revisions` its revisions;
 * `otherPolicies` the revisions of the other policies of the folder (default none), which a
 * translation put in the wrong policy folder is found by.
 */
export function checkTranslations(
  folder: string,
  files: readonly PolicyFile[],
  revisions: readonly TranslatableRevision[],
  languages: TranslationLanguages,
  otherPolicies: readonly TranslatableRevision[] = [],
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const byLanguage = Map.groupBy(files, (file) => file.path.slice(0, file.path.indexOf('/')));
  for (const [name, languageFiles] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const translations = languageFiles.filter((file) => isDatedTextFile(file.path.slice(name.length + 1)));
    // A language folder with no translations in it (images, notes) publishes nothing.
    if (translations.length === 0) continue;
    problems.push(...checkLanguageFolder(`${folder}/${name}`, name, languages));
    for (const file of translations) {
      const context = { folder, revisions, otherPolicies };
      problems.push(...checkTranslationFile(`${folder}/${file.path}`, file.path.slice(name.length + 1), file.text, context));
    }
  }
  return problems;
}

function checkLanguageFolder(path: string, name: string, { sourceLanguage, interfaceLanguages }: TranslationLanguages): PolicyProblem[] {
  const tag = languageFolderTag(name, interfaceLanguages) ?? name;
  const problems: PolicyProblem[] = [];
  if (tag !== name) {
    const hyphens = name.includes('_') ? ', its parts joined by hyphens, not underscores' : '';
    problems.push(
      problemAt(
        path,
        `language folder "${name}" is not written as BCP 47 writes the tag — rename it to "${tag}"${hyphens} (its pages are at /${tag}/)`,
      ),
    );
  }
  if (tag === canonicalLanguageTag(sourceLanguage)) {
    problems.push(
      problemAt(
        path,
        `language folder "${name}" is ${describeLanguage(tag)}, the language the policies are written in (src/site.config.ts "lang" is "${sourceLanguage}"): ` +
          `the revisions themselves are that text — remove the folder, or set "lang" to the language the revisions are written in`,
      ),
    );
  } else if (interfaceLanguageFor(tag, interfaceLanguages) === undefined) {
    problems.push(
      problemAt(
        path,
        `language folder "${name}" is ${describeLanguage(tag)}, but Redline has no interface strings in it (it ships ${listInterfaceLanguages(interfaceLanguages)}) — ` +
          `translate the interface first (src/lib/i18n/strings/${tag}.ts, with every string en.ts has), or remove the folder`,
      ),
    );
  }
  return problems;
}

/**
 * Refuse a policy folder named like a language that translations use (`policies/de/` beside
 * `policies/cookies/de/`): the policy's pages and the language's pages would both be at `/de/`.
 * `root` is the policies folder as shown in messages; `slugs` the policy folders; `languageFolders`
 * the language folders that hold translations, as `<policy>/<lang>`.
 */
export function checkLanguageClashes(root: string, slugs: readonly string[], languageFolders: readonly string[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const slug of slugs) {
    // Compared without case: `/pt-BR/` and `/pt-br/` are one folder on a case-insensitive disk or host.
    const tagOf = (path: string): string | undefined => languageFolderTag(path.slice(path.indexOf('/') + 1));
    const users = languageFolders.filter((path) => (tagOf(path) ?? '').toLowerCase() === slug);
    const first = users[0];
    if (first === undefined) continue;
    const tag = tagOf(first) ?? slug;
    problems.push(
      problemAt(
        `${root}/${slug}`,
        `policy folder "${slug}" takes the URL of the ${describeLanguage(tag)} translations (/${tag}/), which ${users.map((path) => `${root}/${path}/`).join(', ')} publish${users.length === 1 ? 'es' : ''} — rename the policy folder, e.g. "${slug}-policy"`,
      ),
    );
  }
  return problems;
}
