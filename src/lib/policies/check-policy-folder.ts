import { checkTranslations, isDatedTextFile } from '../translations/check-translations.ts';
import type { TranslatableRevision } from '../translations/check-translation-file.ts';
import { INTERFACE_LANGUAGES, type TranslationLanguages } from '../translations/languages.ts';
import { checkPolicyMeta } from './check-policy-meta.ts';
import { checkRevisionFile, REVISION_FIELD_HINTS, type CheckedRevision } from './check-revision-file.ts';
import { POLICY_META_FILE, POLICY_SLUG, RESERVED_POLICY_SLUGS, type PolicyFile } from './policy-file.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';
import { sourceSha256 } from './source-sha256.ts';
import { fieldLine } from './split-front-matter.ts';

/**
 * Check one policy folder as a whole: its name, its `policy.yml`, each revision file, one revision
 * per day, a summary and change label on every revision but the first, and its translations against
 * its revisions (checkTranslations, with `languages`; default: source language `en`).
 *
 * `folder` is the folder's path as shown in messages (e.g. `policies/cookies`); `files` are the
 * folder's own files and those of its language folders, with paths relative to the folder
 * (`2026-03-14.mdx`, `de/2026-03-14.mdx`); `otherPolicies` the revisions of the other policies
 * (checkPolicyRevisions; default none), which a translation put in the wrong folder is found by.
 */
export function checkPolicyFolder(
  folder: string,
  slug: string,
  files: readonly PolicyFile[],
  languages: TranslationLanguages = { sourceLanguage: 'en', interfaceLanguages: INTERFACE_LANGUAGES },
  otherPolicies: readonly TranslatableRevision[] = [],
): PolicyProblem[] {
  const { problems, revisions } = checkPolicyRevisions(folder, slug, files);
  const translations = files.filter((file) => file.path.includes('/'));
  return [...problems, ...checkTranslations(folder, translations, revisions, languages, otherPolicies)];
}

/** What checkPolicyRevisions found: the problems, and the revisions translations are checked against. */
export interface PolicyRevisionsCheck {
  /** Every problem of the folder but its translations'. */
  problems: PolicyProblem[];
  /** Every file named as a revision, `YYYY-MM-DD.mdx`, even one with problems, as a translation is checked against it. */
  revisions: TranslatableRevision[];
}

/**
 * Check a policy folder as checkPolicyFolder does, all but its translations, and return its
 * revisions as its translations (and those put in another policy's folder) are checked against them.
 */
export function checkPolicyRevisions(folder: string, slug: string, files: readonly PolicyFile[]): PolicyRevisionsCheck {
  const problems: PolicyProblem[] = [];
  if (!POLICY_SLUG.test(slug)) {
    problems.push(problemAt(folder, `policy folder "${slug}" is not a URL-safe name — rename it with lowercase letters, digits and hyphens, e.g. "cookies" or "terms-of-service"`));
  } else if (RESERVED_POLICY_SLUGS.has(slug)) {
    problems.push(problemAt(folder, `policy folder "${slug}" takes a URL the site uses itself (/${slug}/) — rename the folder, e.g. "${slug}-policy"`));
  }
  const meta = files.find((f) => f.path === POLICY_META_FILE);
  if (meta) problems.push(...checkPolicyMeta(`${folder}/${POLICY_META_FILE}`, meta.text).problems);
  else problems.push(problemAt(folder, `has no ${POLICY_META_FILE} — add one with "title:", "description:" and "order:"`));

  const revisionFiles = files.filter(isRevisionLike);
  if (revisionFiles.length === 0) {
    problems.push(problemAt(folder, 'has no revisions — add the first one as YYYY-MM-DD.mdx, named after the day it takes effect'));
  }
  problems.push(...sameDay(folder, revisionFiles));
  const revisions: CheckedRevision[] = [];
  const translatable: TranslatableRevision[] = [];
  for (const file of revisionFiles) {
    const check = checkRevisionFile(`${folder}/${file.path}`, file.path, file.text);
    problems.push(...check.problems);
    if (check.revision) revisions.push(check.revision);
    // Every revision named as one can be translated, even one with other problems, so that a run lists everything.
    if (/^\d{4}-\d{2}-\d{2}\.mdx$/.test(file.path)) translatable.push(translatableRevision(`${folder}/${file.path}`, file.text, check.revision));
  }
  revisions.sort((a, b) => (a.data.effective < b.data.effective ? -1 : 1));
  for (const later of revisions.slice(1)) {
    for (const field of ['summary', 'change'] as const) {
      if (later.data[field] !== undefined) continue;
      const message = `front matter has no "${field}" — every revision but the first (${revisions[0]?.data.effective}) needs one: ${REVISION_FIELD_HINTS[field]}`;
      problems.push(problemAt(later.file, message, fieldLine(later.split, 'effective')));
    }
  }
  return { problems, revisions: translatable };
}

// Markdown or MDX files, and anything named like a date, are meant as revisions; other files
// (images, notes) are left alone, and so are the language folders' files (translations).
function isRevisionLike(file: PolicyFile): boolean {
  return file.path !== POLICY_META_FILE && !file.path.includes('/') && isDatedTextFile(file.path);
}

function translatableRevision(file: string, text: string, revision: CheckedRevision | undefined): TranslatableRevision {
  return {
    file,
    effective: file.slice(-'YYYY-MM-DD.mdx'.length, -'.mdx'.length),
    sha256: sourceSha256(text),
    previousSha256: (revision?.data.errata ?? []).map((erratum) => erratum.previousSha256),
    categories: revision?.data.declaration?.categories.map(({ id, name }) => ({ id, name })),
  };
}

function sameDay(folder: string, files: readonly PolicyFile[]): PolicyProblem[] {
  const byDate = Map.groupBy(files, (f) => f.path.slice(0, 10));
  return [...byDate].flatMap(([date, group]) =>
    group.length < 2
      ? []
      : [problemAt(folder, `has ${group.length} revisions for ${date} (${group.map((f) => f.path).join(', ')}) — a policy has one revision per day: merge them or move one to another date`)],
  );
}
