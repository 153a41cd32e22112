import type { CalendarDate } from '../lib/dates/index.ts';
import { uiStrings } from '../lib/i18n/index.ts';
import {
  compareChooserUrl,
  compareUrl,
  declarationUrl,
  deviceStorageUrl,
  historyUrl,
  INTEGRITY_URL,
  policyUrl,
  revisionUrl,
  sourceUrl,
  type ChangeLabel,
  type RevisionStatus,
  type TimelineEntry,
} from '../lib/policies/index.ts';
import type { FeedLink } from '../lib/feeds/index.ts';
import type { RedlineStats } from '../lib/redline/index.ts';
import { revisionSearchFields, searchBodyAttributes } from '../lib/search/index.ts';
import { siteConfig } from '../site.config.ts';
import { hasDeviceStorageDisclosure } from './device-storage.ts';
import { feedLinksOnPage } from './feeds.ts';
import { corrections, lockChain } from './integrity.ts';
import type { PageHead } from './page-head.ts';
import { printStyle, type PrintStyle } from './print-style.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';
import { redlineBetween } from './redlines.ts';
import { revisionHtml } from './revision-html.ts';
import { sectionContents, type SectionContentsData } from './section-history.ts';
import { revisionSha256 } from './sources.ts';
import { absoluteUrl, sitePath } from './site-url.ts';

/** What the notice of a revision's status shows (StatusNotice). */
export interface StatusNoticeData {
  /** Where the revision stands on the build's day. */
  status: RevisionStatus;
  /** The day it takes (or took) effect. */
  effective: CalendarDate;
  /** The day it was announced, if before it took effect. */
  published?: CalendarDate | undefined;
  /** For a superseded revision, its last day in force. */
  until?: CalendarDate | undefined;
  /** Whether a revision of the policy is in force. */
  policyInForce: boolean;
  /** The page of the version in force (the policy's own page). */
  currentUrl: string;
  /** The language of `currentUrl` when it is not the page's (a translated page whose language lags links the source's). */
  currentLang?: string | undefined;
  /** For the revision in force, the next announced one: its date and page. */
  nextUpcoming?: { effective: CalendarDate; url: string } | undefined;
}

/** What the "What changed" box of a revision page shows (WhatChanged). */
export interface WhatChangedData {
  /** The redline against the previous revision: its date, counts and compare page. */
  previous?: { effective: CalendarDate; stats: RedlineStats; url: string } | undefined;
  /** For a superseded or upcoming revision, the compare page against the revision in force. */
  againstInForceUrl?: string | undefined;
  /** The compare chooser, when the policy has more than two versions. */
  chooserUrl?: string | undefined;
}

/** One public correction of a revision, as its notice shows it (CorrectionNotice). */
export interface CorrectionData {
  /** The day of the correction. */
  date: CalendarDate;
  /** What it corrected. */
  description: string;
  /** The SHA-256 of the source before the correction. */
  previousSha256: string;
  /** Where that source can be downloaded. */
  sourceUrl: string;
  /** The inline redline HTML of the correction, or undefined when the earlier text was not archived. */
  html?: string | undefined;
  /** The redline's counts, with `html`. */
  stats?: RedlineStats | undefined;
}

/** What the integrity note under a revision's text shows (IntegrityNote). */
export interface IntegrityNoteData {
  /** The SHA-256 of the revision's source as published. */
  sha256: string;
  /** Whether the lock's chain records this very hash last (it was recorded when published). */
  locked: boolean;
  /** Where the source can be downloaded. */
  sourceUrl: string;
  /** The page that explains how to check it. */
  howUrl: string;
  /** On a translation's page, the source it translates: its language (BCP 47) and the SHA-256 its `translationOf` names. */
  translationOf?: { lang: string; sha256: string } | undefined;
}

/** Everything the article of a revision shows (RevisionArticle). */
export interface RevisionArticleData {
  /** The page's language (BCP 47): its interface text is in it (src/lib/i18n). */
  lang: string;
  /** The policy's title. */
  title: string;
  /** The title's language, when it is not the page's (a translation without a translated title shows the source's). */
  titleLang?: string | undefined;
  /** The day the revision takes effect. */
  effective: CalendarDate;
  /** The day it was announced, if before it took effect. */
  published?: CalendarDate | undefined;
  /** Its change label; absent on a policy's first revision. */
  change?: ChangeLabel | undefined;
  /** Its summary of what changed. */
  summary?: string | undefined;
  /** The summary's language, when it is not the page's. */
  summaryLang?: string | undefined;
  /** The notice of its status. */
  status: StatusNoticeData;
  /** The policy's history page. */
  historyUrl: string;
  /** The revision's permanent page, as a link and as shown (absolute). */
  permanentUrl: string;
  permanentAbsoluteUrl: string;
  /** Its cookie declaration as JSON, if it declares cookies. */
  declarationUrl?: string | undefined;
  /** Its IAB TCF device storage disclosure, if its declaration names stored items to list. */
  deviceStorageUrl?: string | undefined;
  /** Its public corrections, oldest first. */
  corrections: CorrectionData[];
  /** The "What changed" box; undefined when there is nothing to compare with. */
  whatChanged?: WhatChangedData | undefined;
  /** Its text as safe HTML (src/data/revision-html.ts). */
  html: string;
  /** Its sections, each with when it last changed and its history; undefined for a text without headings. */
  sections?: SectionContentsData | undefined;
  /** The integrity note under its text. */
  integrity: IntegrityNoteData;
  /** The policy's feeds, linked under its text. */
  feeds: (FeedLink & { href: string })[];
  /** On its permanent page only, the attributes that make its text the page's search index entry (src/lib/search). */
  search?: Record<string, string> | undefined;
}

/** The route data of a page that shows one revision of a policy. */
export interface RevisionPageData {
  /** The layout's title, description, feed and JSON link. */
  head: PageHead;
  /** The article, or undefined for a policy with nothing to show. */
  article?: RevisionArticleData | undefined;
}

/** List the static paths of every revision's permanent page, with the policy and the revision's timeline entry as props. */
export async function revisionPaths(): Promise<
  { params: { policy: string; date: string }; props: { policy: SitePolicy; entry: TimelineEntry<SiteRevision> } }[]
> {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    policy.timeline.entries.map((entry) => ({
      params: { policy: policy.slug, date: entry.revision.effective },
      props: { policy, entry },
    })),
  );
}

/** Return the route data of a revision's permanent page (`/<policy>/<date>/`), its interface text in `lang` (default: the site's). */
export function revisionRouteData(
  policy: SitePolicy,
  entry: TimelineEntry<SiteRevision>,
  lang: string = siteConfig.lang,
): RevisionPageData {
  const { revision } = entry;
  const ui = uiStrings(lang);
  return {
    head: {
      lang,
      policy: { slug: policy.slug, title: policy.meta.title },
      title: ui.revision.title(policy.meta.title, revision.effective),
      description: ui.revision.description(policy.meta.title, revision.effective),
      json: revision.declaration
        ? { title: ui.revision.declarationOf(revision.effective), href: sitePath(declarationUrl(policy.slug, revision.effective)) }
        : undefined,
      print: revisionPrintStyle(policy, revision, lang),
    },
    article: {
      ...revisionArticle(policy, entry, lang),
      search: searchBodyAttributes(revisionSearchFields(policy.meta.title, entry.status, revision.effective)),
    },
  };
}

/**
 * Return the route data of a policy's own page (`/<policy>/`): the version in force, or before the
 * policy takes effect its announced first version; its interface text in `lang` (default: the site's).
 */
export function currentRevisionRouteData(policy: SitePolicy, lang: string = siteConfig.lang): RevisionPageData {
  const entry = policy.timeline.inForce ?? policy.timeline.entries[0];
  return {
    head: {
      lang,
      policy: { slug: policy.slug, title: policy.meta.title },
      title: policy.meta.title,
      description: policy.meta.description,
      json:
        entry?.revision.declaration && entry.status === 'in-force'
          ? { title: uiStrings(lang).revision.declarationInForce(policy.meta.title), href: sitePath(declarationUrl(policy.slug)) }
          : undefined,
      print: entry && revisionPrintStyle(policy, entry.revision, lang),
    },
    article: entry ? revisionArticle(policy, entry, lang) : undefined,
  };
}

/** Every printed page of a revision names the policy, the version's date and its permanent address (not the page's, which moves on). */
function revisionPrintStyle(policy: SitePolicy, revision: SiteRevision, lang: string): PrintStyle {
  const ui = uiStrings(lang);
  return printStyle({
    heading: ui.revision.title(policy.meta.title, revision.effective),
    url: absoluteUrl(revisionUrl(policy.slug, revision.effective)),
    pageCount: ui.print.pageCount,
  });
}

function revisionArticle(policy: SitePolicy, entry: TimelineEntry<SiteRevision>, lang: string): RevisionArticleData {
  const { revision } = entry;
  return {
    lang,
    title: policy.meta.title,
    effective: revision.effective,
    published: revision.published,
    change: revision.change,
    summary: revision.summary,
    status: statusNotice(policy, entry),
    historyUrl: sitePath(historyUrl(policy.slug)),
    permanentUrl: sitePath(revisionUrl(policy.slug, revision.effective)),
    permanentAbsoluteUrl: absoluteUrl(revisionUrl(policy.slug, revision.effective)),
    declarationUrl: revision.declaration ? sitePath(declarationUrl(policy.slug, revision.effective)) : undefined,
    deviceStorageUrl: hasDeviceStorageDisclosure(entry) ? sitePath(deviceStorageUrl(policy.slug, revision.effective)) : undefined,
    corrections: correctionNotices(revision, lang),
    whatChanged: whatChanged(policy, entry),
    html: revisionHtml(revision),
    sections: sectionContents(policy, revision, lang),
    integrity: integrityNote(revision),
    feeds: feedLinksOnPage(policy, lang),
  };
}

function statusNotice(policy: SitePolicy, entry: TimelineEntry<SiteRevision>): StatusNoticeData {
  const { revision, status, until } = entry;
  const nextUpcoming = status === 'in-force' ? policy.timeline.upcoming[0]?.revision : undefined;
  return {
    status,
    effective: revision.effective,
    published: revision.published,
    until,
    policyInForce: policy.timeline.inForce !== undefined,
    currentUrl: sitePath(policyUrl(policy.slug)),
    nextUpcoming: nextUpcoming && {
      effective: nextUpcoming.effective,
      url: sitePath(revisionUrl(policy.slug, nextUpcoming.effective)),
    },
  };
}

function whatChanged(policy: SitePolicy, entry: TimelineEntry<SiteRevision>): WhatChangedData | undefined {
  const { revision, previous, status } = entry;
  const inForce = policy.timeline.inForce?.revision;
  // A superseded or upcoming revision is also compared with the one readers are bound by today.
  const againstInForceUrl =
    inForce && status === 'superseded'
      ? sitePath(compareUrl(policy.slug, revision.effective, inForce.effective))
      : inForce && status === 'upcoming'
        ? sitePath(compareUrl(policy.slug, inForce.effective, revision.effective))
        : undefined;
  if (!previous && !againstInForceUrl) return undefined;
  return {
    previous: previous && {
      effective: previous.effective,
      stats: redlineBetween(previous, revision).stats,
      url: sitePath(compareUrl(policy.slug, previous.effective, revision.effective)),
    },
    againstInForceUrl,
    chooserUrl: policy.timeline.entries.length > 2 ? sitePath(compareChooserUrl(policy.slug)) : undefined,
  };
}

function correctionNotices(revision: SiteRevision, lang: string): CorrectionData[] {
  return corrections(revision, 'correction-', uiStrings(lang).redline).map(({ erratum, html, stats }) => ({
    date: erratum.date,
    description: erratum.description,
    previousSha256: erratum.previousSha256,
    sourceUrl: sitePath(sourceUrl(erratum.previousSha256)),
    html,
    stats,
  }));
}

function integrityNote(revision: SiteRevision): IntegrityNoteData {
  const sha256 = revisionSha256(revision);
  return {
    sha256,
    locked: lockChain(revision).at(-1)?.sha256 === sha256,
    sourceUrl: sitePath(sourceUrl(sha256)),
    howUrl: sitePath(INTEGRITY_URL),
  };
}
