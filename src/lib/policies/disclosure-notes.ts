import { buildDeviceStorageDisclosure } from '../declaration/index.ts';
import type { CalendarDate } from '../dates/index.ts';
import { formatPath } from './describe-issues.ts';
import type { PolicyFile } from './policy-file.ts';
import { formatProblems, problemAt, type PolicyProblem } from './policy-problem.ts';
import { revisionSchema } from './schema.ts';
import { fieldLine, splitFrontMatter } from './split-front-matter.ts';

// A revision file of a policy folder: `<policy>/<YYYY-MM-DD>.mdx`.
const REVISION_FILE = /^([^/.][^/]*)\/(\d{4}-\d{2}-\d{2})\.mdx$/;

/** The notes on one revision's device storage disclosure. */
export interface RevisionNotes {
  /** The revision's policy and effective date, from its file name. */
  policy: string;
  effective: CalendarDate;
  /** Its notes, each at the file's `declaration`. */
  notes: PolicyProblem[];
}

/**
 * List what the device storage disclosure of each revision's declaration leaves out or cannot say
 * as the declaration does (`buildDeviceStorageDisclosure`), and why a revision gets none, as
 * `file:line` notes at the file's `declaration`, revision by revision (those with notes only, in
 * file order). They do not stop the build: the declaration is sound, and the disclosure says what
 * it can. Files that do not parse are left to the checks that report them.
 *
 * `root` is the folder's path as shown (default `policies`); `siteDomain` the host of the site the
 * policies cover.
 */
export function findDisclosureNotes(files: readonly PolicyFile[], { root = 'policies', siteDomain }: { root?: string; siteDomain: string }): RevisionNotes[] {
  const revisions: RevisionNotes[] = [];
  for (const file of files) {
    const name = REVISION_FILE.exec(file.path);
    if (!name) continue;
    const split = splitFrontMatter(file.text);
    if ('reason' in split) continue;
    const declaration = revisionSchema.safeParse(split.data).data?.declaration;
    if (!declaration) continue;
    const line = fieldLine(split, 'declaration');
    const notes = buildDeviceStorageDisclosure(declaration, { siteDomain }).notes.map((note) =>
      problemAt(`${root}/${file.path}`, `front matter "${formatPath(['declaration', ...note.path])}": ${note.message}`, line),
    );
    if (notes.length > 0) revisions.push({ policy: name[1] ?? '', effective: name[2] ?? '', notes });
  }
  return revisions;
}

/**
 * Write notes one per line as `file:line: message`, revision by revision; a note that earlier
 * revisions of the same policy repeat word for word is written once, at the newest, followed by one
 * line saying how many earlier revisions repeat it and which.
 */
export function formatDisclosureNotes(revisions: readonly RevisionNotes[]): string[] {
  // Newest first within a policy, so that each note is written at the newest revision that has it.
  const newestFirst = [...revisions].sort((a, b) => (a.policy === b.policy ? compare(b.effective, a.effective) : compare(a.policy, b.policy)));
  // Each note as written at its newest revision, with the earlier revisions (newest first) that repeat it.
  const written = new Map<string, { note: PolicyProblem; earlier: CalendarDate[] }>();
  for (const { policy, effective, notes } of newestFirst) {
    for (const note of notes) {
      const key = `${policy}\n${note.message}`;
      const seen = written.get(key);
      if (seen) seen.earlier.push(effective);
      else written.set(key, { note, earlier: [] });
    }
  }
  return [...written.values()].flatMap(({ note, earlier }) => {
    const line = formatProblems([note]);
    if (earlier.length === 0) return [line];
    const dates = earlier.reverse();
    const which = dates.length <= 3 ? `: ${dates.join(', ')}` : `, ${dates[0] ?? ''} to ${dates.at(-1) ?? ''}`;
    return [line, `… and ${revisionCount(dates.length)} with the same note${which}`];
  });
}

/**
 * Choose the notes the build log shows: those of every revision whose declaration can still change
 * (not `settled`: in force, upcoming, not yet locked), as `formatDisclosureNotes` writes them, and
 * one line for the rest — locked revisions superseded by the one in force, whose notes can no
 * longer be followed and would repeat on every build.
 */
export function buildLogNotes(revisions: readonly RevisionNotes[], settled: (revision: RevisionNotes) => boolean): string[] {
  const lines = formatDisclosureNotes(revisions.filter((revision) => !settled(revision)));
  const past = revisions.filter(settled);
  if (past.length > 0) {
    const notes = past.reduce((sum, revision) => sum + revision.notes.length, 0);
    const one = past.length === 1;
    lines.push(
      `… and ${notes} device storage disclosure ${notes === 1 ? 'note' : 'notes'} on ${revisionCount(past.length)}, superseded and locked, so ${one ? 'its declaration stays as it is' : 'their declarations stay as they are'} — npm run policy:check lists ${notes === 1 ? 'it' : 'them'}`,
    );
  }
  return lines;
}

function revisionCount(n: number): string {
  return n === 1 ? '1 earlier revision' : `${n} earlier revisions`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
