import type { CalendarDate } from '../lib/dates/index.ts';
import { changelogEntries, compareUrl, revisionUrl, type ChangeLabel, type RevisionStatus } from '../lib/policies/index.ts';
import type { RedlineStats } from '../lib/redline/index.ts';
import type { SitePolicy } from './policies.ts';
import { redlineBetween } from './redlines.ts';
import { sitePath } from './site-url.ts';

/** One entry of a changelog page (ChangelogList): a revision, where it stands, and its redline against the one before it. */
export interface ChangelogItem {
  /** The title of the revision's policy. */
  policyTitle: string;
  /** The revision's permanent page. */
  url: string;
  /** Where it stands on the build's day. */
  status: RevisionStatus;
  /** The day it takes effect. */
  effective: CalendarDate;
  /** The day it was announced, if before it took effect. */
  published?: CalendarDate | undefined;
  /** Its change label; absent on a policy's first revision. */
  change?: ChangeLabel | undefined;
  /** Its summary of what changed. */
  summary?: string | undefined;
  /** The redline against the revision before it: its counts and compare page (none for a first revision). */
  redline?: { stats: RedlineStats; url: string } | undefined;
}

/** Return the changelog of some policies, newest first, each entry with the counts of its redline. */
export function changelogItems(policies: readonly SitePolicy[]): ChangelogItem[] {
  const titles = new Map(policies.map((p) => [p.slug, p.meta.title]));
  return changelogEntries(policies).map(({ policy, revision, previous, status }) => ({
    policyTitle: titles.get(policy) ?? policy,
    url: sitePath(revisionUrl(policy, revision.effective)),
    status,
    effective: revision.effective,
    published: revision.published,
    change: revision.change,
    summary: revision.summary,
    redline: previous && {
      stats: redlineBetween(previous, revision).stats,
      url: sitePath(compareUrl(policy, previous.effective, revision.effective)),
    },
  }));
}
