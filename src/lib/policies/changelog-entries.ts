import type { DatedRevision, RevisionStatus, Timeline } from './build-timeline.ts';

/** One line of a changelog: a revision, where it stands, and the one it replaced. */
export interface ChangelogEntry<T extends DatedRevision> {
  /** The policy's folder name. */
  policy: string;
  /** The revision. */
  revision: T;
  /** Its status on the timeline's day. */
  status: RevisionStatus;
  /** The revision before it, if any: the other side of its redline. */
  previous?: T;
}

/**
 * List every visible revision of the given policies, newest first (by effective date; policies in
 * the order given on the same day). Upcoming revisions appear once published, as the timeline
 * already decides.
 */
export function changelogEntries<T extends DatedRevision>(
  policies: readonly { slug: string; timeline: Timeline<T> }[],
): ChangelogEntry<T>[] {
  const entries = policies.flatMap(({ slug, timeline }, order) =>
    timeline.entries.map(({ revision, status, previous }) => ({ order, entry: { policy: slug, revision, status, ...(previous ? { previous } : {}) } })),
  );
  entries.sort((a, b) => (a.entry.revision.effective === b.entry.revision.effective ? a.order - b.order : a.entry.revision.effective < b.entry.revision.effective ? 1 : -1));
  return entries.map(({ entry }) => entry);
}
