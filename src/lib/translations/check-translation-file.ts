import type { CalendarDate } from '../dates/index.ts';
import { textHeadings } from '../declaration/check-declaration-text.ts';
import { checkCharacters } from '../policies/check-characters.ts';
import { bodyProblemAt, checkDatedName, checkRevisionCharacters } from '../policies/check-revision-file.ts';
import { checkTextSize, checkTextStructure } from '../policies/check-text-bounds.ts';
import { describeIssues } from '../policies/describe-issues.ts';
import { describeValue } from '../policies/describe-value.ts';
import { problemAt, type PolicyProblem } from '../policies/policy-problem.ts';
import { fieldLine, splitFrontMatter, type FrontMatterSplit } from '../policies/split-front-matter.ts';
import { readRevisionBody } from '../revision-body/index.ts';
import { TRANSLATION_FIELD_HINTS, translationSchema, type TranslationFrontmatter } from './schema.ts';

/** A source revision as a translation's checks compare with it. */
export interface TranslatableRevision {
  /** Its file as shown in messages, e.g. `policies/cookies/2026-03-14.mdx`. */
  file: string;
  /** Its effective date: the name its translations take. */
  effective: CalendarDate;
  /** The SHA-256 of its source now (line endings as LF). */
  sha256: string;
  /** The SHA-256s it had before each of its errata (`previousSha256`), oldest first. */
  previousSha256: readonly string[];
  /** The categories its declaration declares, by id and name; undefined when it has no declaration (or none that parses). */
  categories?: readonly { id: string; name: string }[] | undefined;
}

/** Where a translation file is and what it may translate. */
export interface TranslationContext {
  /** The policy folder as shown in messages, e.g. `policies/cookies`. */
  folder: string;
  /** The policy's revisions, in any order. */
  revisions: readonly TranslatableRevision[];
  /** The revisions of the other policies (default none): a translation put in the wrong policy folder is found among them. */
  otherPolicies?: readonly TranslatableRevision[];
}

// Fields of a revision that a translation takes from the revision it translates, with what each is.
const SOURCE_FIELDS: Readonly<Record<string, string>> = {
  effective: 'effective date',
  published: 'publication date',
  change: 'change label',
};

const NAMING = { kind: 'translation', day: 'the effective date of the revision it translates' };

/**
 * Check one translation file, `<policy>/<lang>/<YYYY-MM-DD>.mdx`: on its own as a revision is checked
 * (a real date as its name, size and structure within bounds, front matter that matches
 * `translationSchema`, no control or bidirectional characters but those `allowBidi` permits, a body
 * that is text, not code), and against its source: the date names a revision of the policy,
 * `translationOf` is a hash that revision has had (now, or before one of its errata), and each
 * translated category is one the revision declares, named by a heading of the translation's text.
 *
 * `file` is the path shown in messages (e.g. `policies/cookies/de/2026-03-14.mdx`), `name` its base name.
 */
export function checkTranslationFile(file: string, name: string, text: string, context: TranslationContext): PolicyProblem[] {
  const named = checkDatedName(file, name, NAMING);
  if ('problem' in named) return [named.problem];
  const { date } = named;
  // Nothing parses a file past the size bounds, not even its YAML.
  const size = checkTextSize(file, text);
  if (size.length > 0) return size;
  const source = context.revisions.find((revision) => revision.effective === date);
  const split = splitFrontMatter(text);
  if ('reason' in split) {
    return [
      ...(source ? [] : [problemAt(file, noRevision(file, context, date, undefined))]),
      // Whether bidi isolates are allowed is unknown without the YAML: only what is never allowed is listed.
      ...checkCharacters(file, text, { allowBidi: true }),
      problemAt(file, `front matter is not valid YAML (${split.reason}) — fix the YAML between the --- lines`, split.line),
    ];
  }
  const problems: PolicyProblem[] = [];
  // A revision's own fields, written into a translation, are refused with their own reason.
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(split.data)) {
    const what = SOURCE_FIELDS[field];
    if (what === undefined) {
      fields[field] = value;
      continue;
    }
    const from = source ? ` (${source.file})` : '';
    problems.push(
      problemAt(
        file,
        `front matter "${field}" is ${describeValue(value)}, but a translation's ${what} comes from the source revision it translates${from} — remove "${field}"`,
        fieldLine(split, field),
      ),
    );
  }
  const parsed = translationSchema.safeParse(fields);
  if (!parsed.success) {
    for (const { field, message } of describeIssues(parsed.error.issues, fields, 'front matter', TRANSLATION_FIELD_HINTS))
      problems.push(problemAt(file, message, field === undefined ? undefined : fieldLine(split, field)));
  }
  if (!source) problems.unshift(problemAt(file, noRevision(file, context, date, parsed.data?.translationOf)));
  problems.push(...checkRevisionCharacters(file, text, split));
  // A body past the nesting or parse work bounds is not parsed at all: the parsers are recursive.
  const structure = checkTextStructure(file, split.body, split.bodyLine);
  problems.push(...structure);
  // The body is read exactly as the site will render it: a problem here is a page that won't build.
  const body = structure.length > 0 ? [] : readRevisionBody(split.body).problems;
  problems.push(...body.map((problem) => bodyProblemAt(file, split.bodyLine, problem)));
  if (parsed.success && source) {
    problems.push(...checkTranslationOf(file, split, parsed.data.translationOf, source, context));
    if (structure.length === 0) problems.push(...checkCategories(file, split, text, parsed.data, source));
  }
  return problems;
}

function noRevision(file: string, context: TranslationContext, date: CalendarDate, given: string | undefined): string {
  const dates = context.revisions.map((revision) => revision.effective).sort();
  const has = dates.length === 0 ? 'it has none' : `it has ${dates.join(', ')}`;
  const translated = given === undefined ? undefined : findTranslated(given, context);
  const fix = translated
    ? `its "translationOf" is the hash of ${translated.file}${hashWhen(translated, given ?? '')}${ofAnotherPolicy(translated, context)}: ${moveTo(file, translated)}`
    : 'name the file after the effective date of the revision it translates';
  return `${context.folder} has no revision of ${date} — ${fix} (${has})`;
}

// The revision, of this policy or another, that has had the hash a translation gives.
function findTranslated(given: string, { revisions, otherPolicies = [] }: TranslationContext): TranslatableRevision | undefined {
  const hasHad = (revision: TranslatableRevision): boolean => revision.sha256 === given || revision.previousSha256.includes(given);
  return revisions.find(hasHad) ?? otherPolicies.find(hasHad);
}

function hashWhen(revision: TranslatableRevision, given: string): string {
  return revision.sha256 === given ? '' : ' before a correction';
}

function ofAnotherPolicy(revision: TranslatableRevision, { revisions }: TranslationContext): string {
  return revisions.includes(revision) ? '' : ' (a revision of another policy)';
}

// Where a translation of `revision` goes: its policy folder, this file's language folder, its date.
function translationPath(file: string, revision: TranslatableRevision): string {
  const language = file.split('/').at(-2) ?? '';
  return `${revision.file.slice(0, revision.file.lastIndexOf('/'))}/${language}/${revision.effective}.mdx`;
}

// Where to put a translation of `revision`: a new name in its folder, or another policy's folder.
function moveTo(file: string, revision: TranslatableRevision): string {
  const path = translationPath(file, revision);
  return `${path.slice(0, path.lastIndexOf('/')) === file.slice(0, file.lastIndexOf('/')) ? 'rename' : 'move'} it to ${path}`;
}

// The hash must be one the source has had: its own now, or one before a correction (the translation is
// then shown as out of date). Any other hash is refused, naming the revision it belongs to if any —
// of this policy, or of another when the translation is in the wrong policy folder.
function checkTranslationOf(
  file: string,
  split: FrontMatterSplit,
  given: string,
  source: TranslatableRevision,
  context: TranslationContext,
): PolicyProblem[] {
  if (given === source.sha256 || source.previousSha256.includes(given)) return [];
  const line = fieldLine(split, 'translationOf');
  const other = findTranslated(given, context);
  if (other) {
    const own = context.revisions.includes(other);
    const fix = `if this translates ${own ? other.effective : other.file}, ${own ? `name the file ${translationPath(file, other)}` : moveTo(file, other)}`;
    return [
      problemAt(
        file,
        `front matter "translationOf" is ${given}, the hash of ${other.file}${hashWhen(other, given)}${ofAnotherPolicy(other, context)}, not of ${source.effective} (${source.file} hashes to ${source.sha256}) — ` +
          `${fix}; if it translates ${source.effective}, set "translationOf" to ${source.sha256}`,
        line,
      ),
    ];
  }
  const before = source.previousSha256.length === 0 ? '' : ` (before its errata: ${source.previousSha256.join(', ')})`;
  return [
    problemAt(
      file,
      `front matter "translationOf" is ${given}, a hash ${source.file} has never had: it hashes to ${source.sha256}${before} — ` +
        `check the translation against that text, then set "translationOf" to ${source.sha256} (sha256sum ${source.file}, line endings as LF)`,
      line,
    ),
  ];
}

// A translated category is one the source declares, given once, and its name is a heading of the
// translation's text — as the source's name is a heading of the source's text.
function checkCategories(
  file: string,
  split: FrontMatterSplit,
  text: string,
  data: TranslationFrontmatter,
  source: TranslatableRevision,
): PolicyProblem[] {
  const categories = data.declaration?.categories ?? [];
  if (categories.length === 0) return [];
  const line = fieldLine(split, 'declaration');
  if (source.categories === undefined || source.categories.length === 0) {
    return [
      problemAt(
        file,
        `front matter "declaration" translates ${categories.length === 1 ? 'a category' : `${categories.length} categories`}, but ${source.file} declares none — remove "declaration"`,
        line,
      ),
    ];
  }
  const declared = source.categories.map((category) => category.id);
  const problems: PolicyProblem[] = [];
  let headings: string[] | undefined;
  categories.forEach(({ id, name }, index) => {
    const path = `declaration.categories[${index}]`;
    const first = categories.findIndex((category) => category.id === id);
    if (!declared.includes(id)) {
      problems.push(
        problemAt(
          file,
          `front matter "${path}.id" is "${id}", which ${source.file} does not declare (it declares ${declared.join(', ')}) — use one of its ids, or remove the entry`,
          line,
        ),
      );
    } else if (first !== index) {
      problems.push(
        problemAt(
          file,
          `front matter "${path}.id" is "${id}", which declaration.categories[${first}] translates already — give each category once`,
          line,
        ),
      );
    }
    if (name === undefined) return;
    headings ??= textHeadings(text);
    if (headings.includes(name.trim())) return;
    const has = headings.length === 0 ? 'it has none' : `it has ${headings.map((heading) => `"${heading}"`).join(', ')}`;
    problems.push(
      problemAt(
        file,
        `front matter "${path}.name" is "${name}", but the text has no heading "${name}" (${has}) — a category's name is the heading of its section: make the two agree`,
        line,
      ),
    );
  });
  return problems;
}
