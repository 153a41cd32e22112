import { isCalendarDate, type CalendarDate } from '../dates/index.ts';
import { buildTimeline } from '../policies/build-timeline.ts';
import type { PolicyFile } from '../policies/policy-file.ts';
import { erratumSchema, type Erratum } from '../policies/schema.ts';
import { sourceSha256 } from '../policies/source-sha256.ts';
import { splitFrontMatter } from '../policies/split-front-matter.ts';
import { revisionChains, type LockFile } from './lock-file.ts';

/** A revision file as the lock sees it: where it is, its hash, its dates and its recorded corrections. */
export interface RevisionState {
  /** `<policy>/<YYYY-MM-DD>`, the key in the lock file. */
  key: string;
  /** The file's path as shown in messages. */
  file: string;
  /** SHA-256 of its source now. */
  sha256: string;
  /** Its effective date (from the file name) and announcement date, if any. */
  effective: string;
  published?: string;
  /** Corrections recorded in its front matter (invalid ones are left to the revision checks). */
  errata: Erratum[];
}

const REVISION = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/(\d{4}-\d{2}-\d{2})\.mdx$/;

/** Describe every revision file of a policies folder for the lock: key, hash, dates and errata. */
export function revisionStates(files: readonly PolicyFile[], root = 'policies'): RevisionState[] {
  return files.flatMap((file) => {
    const match = REVISION.exec(file.path);
    // A file not named after a real date is no revision (the folder checks say so).
    if (!match || !isCalendarDate(match[2] ?? '')) return [];
    const split = splitFrontMatter(file.text);
    const data = 'reason' in split ? {} : split.data;
    const errata = erratumSchema.array().safeParse(data['errata']);
    const published = data['published'];
    const state: RevisionState = {
      key: `${match[1]}/${match[2]}`,
      file: `${root}/${file.path}`,
      sha256: sourceSha256(file.text),
      effective: match[2] ?? '',
      errata: errata.success ? errata.data : [],
    };
    if (published instanceof Date) state.published = published.toISOString().slice(0, 10);
    else if (typeof published === 'string') state.published = published;
    return [state];
  });
}

/**
 * List the revisions settled on `today` (keyed `<policy>/<YYYY-MM-DD>`): locked, and superseded by
 * the revision in force. Their text stays as it is (an erratum corrects words, not the record) and
 * readers are no longer bound by it, so advice to change them cannot be followed.
 */
export function settledRevisions(lock: LockFile, revisions: readonly RevisionState[], today: CalendarDate): Set<string> {
  const locked = revisionChains(lock);
  const policies = new Map<string, RevisionState[]>();
  for (const revision of revisions) {
    const policy = revision.key.slice(0, revision.key.indexOf('/'));
    policies.set(policy, [...(policies.get(policy) ?? []), revision]);
  }
  const settled = new Set<string>();
  for (const states of policies.values()) {
    for (const { revision, status } of buildTimeline(states, today).entries)
      if (status === 'superseded' && locked.has(revision.key)) settled.add(revision.key);
  }
  return settled;
}
