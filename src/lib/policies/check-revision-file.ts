import { hasCalendarDateShape, isCalendarDate } from '../dates/index.ts';
import { checkDeclarationText } from '../declaration/index.ts';
import { readRevisionBody, type BodyProblem } from '../revision-body/index.ts';
import { checkCharacters, describeForbiddenValue, findForbiddenValues } from './check-characters.ts';
import { checkTextSize, checkTextStructure } from './check-text-bounds.ts';
import { describeIssues } from './describe-issues.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';
import { calendarDateSchema, revisionSchema, type RevisionFrontmatter } from './schema.ts';
import { fieldLine, splitFrontMatter, type FrontMatterSplit } from './split-front-matter.ts';

/** How to write each front matter field, appended to errors about it. */
export const REVISION_FIELD_HINTS = {
  effective: 'write the day this revision takes effect as YYYY-MM-DD, the same date as the file name',
  published: 'write the day the revision was announced as YYYY-MM-DD (on or before "effective"), or remove the field',
  summary: 'say in plain language what changed, e.g. summary: "Adds performance cookies."',
  change: 'write material (rights or obligations change), editorial (same meaning, new wording) or technical (layout, links, typos)',
  declaration: 'declare the cookie categories, providers, cookies and data collected (see the README)',
  errata: 'list corrections as { date, description, previousSha256 } (see the README)',
  allowBidi: 'write true to let right-to-left text use bidirectional isolates and marks, or remove the field',
} as const;

/** Place a problem of a revision's body (readRevisionBody) in its file: `bodyLine` is the file line the body starts on. */
export function bodyProblemAt(file: string, bodyLine: number, { line, column, message }: BodyProblem): PolicyProblem {
  return problemAt(file, `the text ${message} (column ${column})`, bodyLine + line - 1);
}

/** What a kind of dated file is called in messages, and which date names it. */
export interface DatedNaming {
  /** The kind of file, e.g. `revision`. */
  kind: string;
  /** The day the file is named after, e.g. `the day the revision takes effect`. */
  day: string;
}

const REVISION_NAMING: DatedNaming = { kind: 'revision', day: 'the day the revision takes effect' };

/**
 * Check that a file is named after a real date with the `.mdx` extension, `YYYY-MM-DD.mdx`, and
 * return the date, or the problem with the fix. `file` is the path shown in messages, `name` its base name.
 */
export function checkDatedName(file: string, name: string, { kind, day }: DatedNaming): { date: string } | { problem: PolicyProblem } {
  const date = name.replace(/\.[^.]*$/, '');
  const extension = name.slice(date.length);
  if (!hasCalendarDateShape(date)) {
    return { problem: problemAt(file, `"${name}" is not named after a date — name ${kind} files YYYY-MM-DD.mdx, after ${day}`) };
  }
  if (!isCalendarDate(date)) {
    return { problem: problemAt(file, `the file name says ${date}, which is not a real date — rename it to ${day}`) };
  }
  if (extension !== '.mdx') return { problem: problemAt(file, `${kind} files are MDX: rename "${name}" to ${date}.mdx`) };
  return { date };
}

/** A revision file that passed its own checks. */
export interface CheckedRevision {
  /** The revision's file path as shown in messages. */
  file: string;
  /** The validated front matter. */
  data: RevisionFrontmatter;
  /** The file cut into front matter and body, for line numbers and later checks. */
  split: FrontMatterSplit;
}

/** What checking one revision file found. */
export interface RevisionFileCheck {
  /** Everything wrong with the file on its own. */
  problems: PolicyProblem[];
  /** The revision, when its front matter matches the schema (it may still have other problems). */
  revision?: CheckedRevision;
}

/**
 * Check one revision file on its own: a real date as its name, a size and structure within Redline's
 * bounds (checked before anything parses it), readable front matter that matches the schema,
 * `effective` equal to the name and `published` not after it, no control or bidirectional
 * characters (but those `allowBidi` permits), and a body that is text, not code.
 *
 * `file` is the path shown in messages (e.g. `policies/cookies/2026-03-14.mdx`), `name` its base name.
 */
export function checkRevisionFile(file: string, name: string, text: string): RevisionFileCheck {
  const named = checkDatedName(file, name, REVISION_NAMING);
  if ('problem' in named) return { problems: [named.problem] };
  const { date } = named;
  // Nothing parses a file past the size bounds, not even its YAML.
  const size = checkTextSize(file, text);
  if (size.length > 0) return { problems: size };
  const split = splitFrontMatter(text);
  if ('reason' in split) {
    // Whether bidi isolates are allowed is unknown without the YAML: only what is never allowed is listed.
    return {
      problems: [
        ...checkCharacters(file, text, { allowBidi: true }),
        problemAt(file, `front matter is not valid YAML (${split.reason}) — fix the YAML between the --- lines`, split.line),
      ],
    };
  }
  const parsed = revisionSchema.safeParse(split.data);
  const problems = parsed.success
    ? []
    : describeIssues(parsed.error.issues, split.data, 'front matter', REVISION_FIELD_HINTS).map(({ field, message }) =>
        problemAt(file, message, field === undefined ? undefined : fieldLine(split, field)),
      );
  // The dates are checked against the name even when another field is wrong, so that one run lists everything.
  const effective = calendarDateSchema.safeParse(split.data['effective']).data;
  const published = calendarDateSchema.safeParse(split.data['published']).data;
  if (effective !== undefined && effective !== date) {
    problems.push(
      problemAt(file, `front matter "effective" is ${effective} but the file name says ${date} — rename the file or fix the date`, fieldLine(split, 'effective')),
    );
  }
  if (effective !== undefined && published !== undefined && published > effective) {
    problems.push(
      problemAt(
        file,
        `front matter "published" is ${published}, after "effective" ${effective} — a revision is announced on or before the day it takes effect: fix "published" or the effective date`,
        fieldLine(split, 'published'),
      ),
    );
  }
  problems.push(...checkRevisionCharacters(file, text, split));
  // A body past the nesting or parse work bounds is not parsed at all: the parsers are recursive.
  const structure = checkTextStructure(file, split.body, split.bodyLine);
  problems.push(...structure);
  // The body is read exactly as the site will render it: a problem here is a page that won't build.
  const body = structure.length > 0 ? [] : readRevisionBody(split.body).problems;
  problems.push(...body.map((problem) => bodyProblemAt(file, split.bodyLine, problem)));
  if (parsed.success && parsed.data.declaration && structure.length === 0) {
    for (const { message } of checkDeclarationText(text, parsed.data.declaration)) {
      problems.push(problemAt(file, `front matter "declaration" ${message}`, fieldLine(split, 'declaration')));
    }
  }
  // A revision whose front matter parsed is still checked with its folder (one per day, summaries)
  // even when it has other problems, so a run lists everything at once.
  if (!parsed.success) return { problems };
  return { problems, revision: { file, data: parsed.data, split } };
}

/**
 * Check a revision's (or a translation's) characters: control and bidirectional characters, in the
 * file as written and in the values its YAML escapes produce (`"\e"`, `"\u202E"`), which the file
 * does not hold literally. Its front matter's `allowBidi` lets bidirectional isolates and marks through.
 */
export function checkRevisionCharacters(file: string, text: string, split: FrontMatterSplit): PolicyProblem[] {
  const allowBidi = split.data['allowBidi'] === true;
  const problems = checkCharacters(file, text, { allowBidi, bodyLine: split.bodyLine });
  for (const { path, codePoint } of findForbiddenValues(split.data, { allowBidi })) {
    if (split.raw.includes(String.fromCodePoint(codePoint))) continue;
    const field = path.split(/[.[]/)[0] ?? path;
    problems.push(problemAt(file, `front matter "${path}" ${describeForbiddenValue(codePoint, true)}`, fieldLine(split, field)));
  }
  return problems;
}
