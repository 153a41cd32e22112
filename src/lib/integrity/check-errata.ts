import type { PolicyFile } from '../policies/policy-file.ts';
import { problemAt, type PolicyProblem } from '../policies/policy-problem.ts';
import type { Erratum } from '../policies/schema.ts';
import { fieldLine, splitFrontMatter, type FrontMatterSplit } from '../policies/split-front-matter.ts';
import { diffDocuments, parseDocument } from '../redline/index.ts';
import { publishedOn } from './check-lock.ts';
import { revisionChains, type LockFile } from './lock-file.ts';
import { revisionStates } from './locked-revisions.ts';

/** How `checkErrata` judges corrections. */
export interface ErrataOptions {
  /** Most words one erratum may change in the body, inserted plus deleted, as the redline counts them. Default 25. */
  maxChangedWords?: number;
  /** How the policies folder is named in messages. Default `policies`. */
  root?: string;
  /** The build's day (`YYYY-MM-DD`): no erratum may be dated after it. Default: no such check. */
  today?: string;
}

/**
 * Check that every erratum of a locked revision is a correction, not a rewrite: from the archived
 * source of its `previousSha256` to the source of the next hash in the lock's chain (or the file as
 * it is now), it changes at most `maxChangedWords` words of the body, moves no text, and changes no
 * front matter but `errata`; all of a revision's errata together change at most `maxChangedWords`
 * words too, so a rewrite cannot be cut into small errata. The chain is the authority: every hash it
 * records after a revision's first must be explained by an erratum in the file (a lock entry added
 * by hand is refused). Errata are dated from the day the revision was published, in order, and not
 * after `today`.
 */
export function checkErrata(
  lock: LockFile,
  files: readonly PolicyFile[],
  archived: (sha256: string) => string | undefined,
  { maxChangedWords = 25, root = 'policies', today }: ErrataOptions = {},
): PolicyProblem[] {
  const chains = revisionChains(lock);
  const texts = new Map(files.map((file) => [`${root}/${file.path}`, file.text]));
  const problems: PolicyProblem[] = [];
  for (const revision of revisionStates(files, root)) {
    const entries = chains.get(revision.key) ?? [];
    const chain = entries.map((entry) => entry.sha256);
    const current = texts.get(revision.file) ?? '';
    const split = splitFrontMatter(current);
    // A front matter YAML cannot read is reported by the revision checks.
    if ('reason' in split) continue;
    // Every later hash of the chain is a correction the file still states.
    entries.slice(1).forEach((entry, index) => {
      const previous = chain[index] ?? '';
      if (revision.errata.some((erratum) => erratum.previousSha256 === previous && erratum.date === entry.erratum)) return;
      problems.push(
        problemAt(
          revision.file,
          `the lock records a new hash ${entry.sha256} for ${revision.key} (locked on ${entry.lockedOn}) that no erratum in the file explains — a published revision changes only by an erratum (date, description, previousSha256: ${previous}) kept in its front matter: restore the lock and the file from version control`,
          fieldLine(split, 'errata') ?? fieldLine(split, 'effective'),
        ),
      );
    });
    if (entries.length > 0) problems.push(...errataDates(revision, split, today));
    // Together, the errata change no more than one erratum may.
    const first = chain[0] === undefined ? undefined : archived(chain[0]);
    if (first !== undefined && revision.errata.length > 1 && revision.sha256 !== chain[0]) {
      const total = changedWords(first, current);
      if (total.words > maxChangedWords) {
        problems.push(
          problemAt(
            revision.file,
            `errata together change ${total.words} words (at most ${maxChangedWords} in all, since it was published) — a rewrite cut into small corrections is still a rewrite: undo them and add ${root}/${revision.key.split('/')[0]}/<date>.mdx with summary and change label`,
            fieldLine(split, 'errata'),
          ),
        );
      }
    }
    revision.errata.forEach((erratum, index) => {
      const step = chain.indexOf(erratum.previousSha256);
      // A hash the lock never recorded is reported by checkLock; a missing archived source by checkArchive.
      if (step < 0) return;
      const before = archived(erratum.previousSha256);
      const nextHash = chain[step + 1];
      const after = nextHash !== undefined && nextHash !== revision.sha256 ? archived(nextHash) : current;
      if (before === undefined || after === undefined) return;
      const line = erratumLine(split, index);
      const fix = `${root}/${revision.key.split('/')[0]}/<date>.mdx with summary and change label`;
      const fields = changedFrontMatter(before, after);
      if (fields.length > 0) {
        problems.push(
          problemAt(
            revision.file,
            `${label(erratum)} changes front matter ${fields.join(', ')} — an erratum corrects the text only: undo that change here and add ${fix}`,
            line,
          ),
        );
      }
      const { words, moved } = changedWords(before, after);
      if (moved > 0) {
        problems.push(
          problemAt(
            revision.file,
            `${label(erratum)} moves ${moved} block${moved === 1 ? '' : 's'} of text — a correction fixes words in place; moving text is a new revision: undo it here and add ${fix}`,
            line,
          ),
        );
      }
      if (words > maxChangedWords) {
        problems.push(
          problemAt(
            revision.file,
            `${label(erratum)} changes ${words} words (at most ${maxChangedWords}) — a correction this large is a new revision: undo it here and add ${fix}`,
            line,
          ),
        );
      }
    });
  }
  return problems;
}

function label(erratum: Erratum): string {
  return `erratum of ${erratum.date}`;
}

// Counted by the redline engine, as the correction's redline on the site shows it (moved words are not changes).
function changedWords(before: string, after: string): { words: number; moved: number } {
  const [a, b] = [splitFrontMatter(before), splitFrontMatter(after)];
  if (!('reason' in a) && !('reason' in b) && a.body === b.body) return { words: 0, moved: 0 };
  const read = (text: string) => parseDocument(text, { smartPunctuation: false });
  const { stats } = diffDocuments(read(before), read(after));
  return { words: stats.wordsInserted + stats.wordsDeleted, moved: stats.blocksMoved };
}

// Errata are dated on or after the day the revision was published, in the order they are listed,
// and not after the build's day.
function errataDates(
  revision: ReturnType<typeof revisionStates>[number],
  split: FrontMatterSplit,
  today: string | undefined,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const since = publishedOn(revision);
  let previous = since;
  revision.errata.forEach((erratum, index) => {
    const line = erratumLine(split, index);
    if (erratum.date < since) {
      problems.push(
        problemAt(
          revision.file,
          `${label(erratum)} is dated before the revision was published (${since}) — date it the day the correction was made`,
          line,
        ),
      );
    } else if (erratum.date < previous) {
      problems.push(
        problemAt(
          revision.file,
          `${label(erratum)} is dated before the erratum listed above it (${previous}) — errata are listed in the order they were made: add new ones at the end`,
          line,
        ),
      );
    } else if (today !== undefined && erratum.date > today) {
      problems.push(
        problemAt(revision.file, `${label(erratum)} is dated after today (${today}) — date it the day the correction was made`, line),
      );
    }
    if (erratum.date > previous) previous = erratum.date;
  });
  return problems;
}

// Each top-level field that differs, `errata` aside, as `"change" (material → technical)`.
function changedFrontMatter(before: string, after: string): string[] {
  const [a, b] = [splitFrontMatter(before), splitFrontMatter(after)];
  if ('reason' in a || 'reason' in b) return [];
  const keys = [...new Set([...Object.keys(b.data), ...Object.keys(a.data)])].filter((key) => key !== 'errata');
  const changed = keys
    .filter((key) => !sameValue(a.data[key], b.data[key]))
    .map((key) => {
      const [was, now] = [shown(a.data[key]), shown(b.data[key])];
      return was === undefined || now === undefined ? `"${key}"` : `"${key}" (${was} → ${now})`;
    });
  // Errata are only ever added: each earlier one stays, word for word, in its place.
  const [earlier, later] = [a.data['errata'], b.data['errata']].map((list) => (Array.isArray(list) ? list : [])) as [unknown[], unknown[]];
  if (earlier.length > later.length || earlier.some((item, index) => !sameValue(item, later[index]))) {
    changed.push('"errata" (an earlier erratum was rewritten or removed; errata are only ever added)');
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

// A short form of a scalar for the message; undefined for a list or mapping, which is named only.
function shown(value: unknown): string | undefined {
  if (value === undefined) return 'none';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (isRecord(value)) return undefined;
  if (typeof value !== 'string') return String(value);
  if (/^[\w-]+$/.test(value)) return value; // a label such as material: bare, as typed
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
}

// The file line of the `index`-th item of the `errata:` list, or of `errata:` itself (flow style).
function erratumLine(split: FrontMatterSplit, index: number): number | undefined {
  const start = fieldLine(split, 'errata');
  if (start === undefined) return undefined;
  const lines = split.raw.split('\n');
  let indent: number | undefined;
  let seen = 0;
  for (let i = start - split.rawLine + 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const item = /^(\s*)-(?:\s|$)/.exec(text);
    if (!item) {
      if (/^[^\s#]/.test(text)) break; // the next top-level field
      continue;
    }
    const width = item[1]?.length ?? 0;
    indent ??= width;
    if (width === indent && seen++ === index) return split.rawLine + i;
  }
  return start;
}
