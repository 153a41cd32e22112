import { addDays, type CalendarDate } from '../dates/index.ts';

/** Where a revision stands on a given day. */
export type RevisionStatus = 'in-force' | 'superseded' | 'upcoming';

/** The dates of a revision that decide its status. */
export interface DatedRevision {
  /** The day it takes effect. */
  effective: CalendarDate;
  /** The day it was announced, if before `effective`. */
  published?: CalendarDate | undefined;
}

/** One visible revision and where it stands. */
export interface TimelineEntry<T extends DatedRevision> {
  /** The revision itself, as the caller gave it. */
  revision: T;
  /** In force, superseded or upcoming, as of the timeline's day. */
  status: RevisionStatus;
  /** For a superseded revision, its last day in force (the day before its successor took effect). */
  until?: CalendarDate;
  /** The visible revision before this one. */
  previous?: T;
  /** The visible revision after this one. */
  next?: T;
}

/** A policy's revisions as the public sees them on one day. */
export interface Timeline<T extends DatedRevision> {
  /** The day the statuses hold for. */
  asOf: CalendarDate;
  /** Every visible revision, oldest first. */
  entries: TimelineEntry<T>[];
  /** The revision in force, if one has taken effect. */
  inForce?: TimelineEntry<T>;
  /** Announced revisions that have not taken effect yet, soonest first. */
  upcoming: TimelineEntry<T>[];
  /** Revisions not shown at all: effective later and not announced (drafts). */
  hidden: T[];
}

/**
 * Place a policy's revisions on the day `asOf`: the latest one effective on or before that day is in
 * force, earlier ones are superseded, later ones are upcoming — and shown only once `published`.
 */
export function buildTimeline<T extends DatedRevision>(revisions: readonly T[], asOf: CalendarDate): Timeline<T> {
  const sorted = [...revisions].sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
  const visible = sorted.filter((r) => r.effective <= asOf || (r.published !== undefined && r.published <= asOf));
  const hidden = sorted.filter((r) => !visible.includes(r));
  const inForceIndex = visible.findLastIndex((r) => r.effective <= asOf);
  const entries = visible.map((revision, index): TimelineEntry<T> => {
    const entry: TimelineEntry<T> = {
      revision,
      status: index === inForceIndex ? 'in-force' : index < inForceIndex ? 'superseded' : 'upcoming',
    };
    const previous = visible[index - 1];
    const next = visible[index + 1];
    if (previous) entry.previous = previous;
    if (next) entry.next = next;
    if (entry.status === 'superseded' && next) entry.until = addDays(next.effective, -1);
    return entry;
  });
  const timeline: Timeline<T> = { asOf, entries, upcoming: entries.filter((e) => e.status === 'upcoming'), hidden };
  const inForce = entries[inForceIndex];
  if (inForce) timeline.inForce = inForce;
  return timeline;
}
