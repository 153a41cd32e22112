import type { CalendarDate } from '../lib/dates/index.ts';
import { compareUrl, revisionUrl, type ChangeLabel, type RevisionStatus } from '../lib/policies/index.ts';
import type { SitePolicy } from './policies.ts';
import { sitePath } from './site-url.ts';

/** One version on a policy's history page. */
export interface HistoryItem {
  /** Its effective date and permanent page. */
  effective: CalendarDate;
  url: string;
  /** Where it stands on the build's day, and for a superseded version its last day in force. */
  status: RevisionStatus;
  until?: CalendarDate | undefined;
  /** Its change label, announcement day and summary. */
  change?: ChangeLabel | undefined;
  published?: CalendarDate | undefined;
  summary?: string | undefined;
  /** The version before it: its date and the redline between them. */
  previous?: { effective: CalendarDate; compareUrl: string } | undefined;
}

/** Return every visible version of a policy, newest first, as its history page lists them. */
export function historyItems(policy: SitePolicy): HistoryItem[] {
  return [...policy.timeline.entries].reverse().map(({ revision, status, until, previous }) => ({
    effective: revision.effective,
    url: sitePath(revisionUrl(policy.slug, revision.effective)),
    status,
    until,
    change: revision.change,
    published: revision.published,
    summary: revision.summary,
    previous: previous && {
      effective: previous.effective,
      compareUrl: sitePath(compareUrl(policy.slug, previous.effective, revision.effective)),
    },
  }));
}
