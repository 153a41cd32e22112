import type { CalendarDate } from '../lib/dates/index.ts';
import type { FeedLink } from '../lib/feeds/index.ts';
import { uiStrings } from '../lib/i18n/index.ts';
import { compareUrl, policyUrl, revisionUrl, type ChangeLabel, type ChartRevision, type RevisionStatus } from '../lib/policies/index.ts';
import type { RedlineStats } from '../lib/redline/index.ts';
import { siteConfig } from '../site.config.ts';
import { feedLinksOnPage } from './feeds.ts';
import type { PageHead } from './page-head.ts';
import type { SitePolicy } from './policies.ts';
import { redlineBetween } from './redlines.ts';
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
  /** The summary's language, when it is not the page's (a translation that gives none shows the source's). */
  summaryLang?: string | undefined;
  /**
   * On a language's history (`/<lang>/<policy>/history/`), the language of `url` when the version has
   * no translation into it: `url` is then its page in that (the source) language.
   */
  untranslatedLang?: string | undefined;
  /** On a language's history, whether the version's translation was made before a correction of its source. */
  outdated?: boolean | undefined;
  /** The version before it: its date, the redline between them and its counts of words added and removed. */
  previous?: { effective: CalendarDate; compareUrl: string; words: { added: number; removed: number } } | undefined;
}

/** The route data of a policy's history page (`/<policy>/history/`, HistoryPage). */
export interface HistoryPageData {
  /** The layout's title, description and feed. */
  head: PageHead;
  /** The page's language (BCP 47): its interface text is in it (src/lib/i18n). */
  lang: string;
  /** The policy's title. */
  policyTitle: string;
  /** The page of the version in force (the policy's own page), and its language when it is not the page's. */
  inForceUrl: string;
  inForceLang?: string | undefined;
  /** Every visible version, newest first. */
  items: HistoryItem[];
  /** The same versions, oldest first, as the chart shows them. */
  chart: ChartRevision[];
  /** The policy's feeds, linked under the list. */
  feeds: (FeedLink & { href: string })[];
}

/** Return the route data of a policy's history page, its text in `lang` (default: the site's). */
export function historyRouteData(policy: SitePolicy, lang: string = siteConfig.lang): HistoryPageData {
  const ui = uiStrings(lang);
  const items = historyItems(policy);
  return {
    head: {
      lang,
      policy: { slug: policy.slug, title: policy.meta.title },
      title: ui.history.title(policy.meta.title),
      description: ui.history.description(policy.meta.title),
    },
    lang,
    policyTitle: policy.meta.title,
    inForceUrl: sitePath(policyUrl(policy.slug)),
    items,
    chart: chartRevisions(items),
    feeds: feedLinksOnPage(policy, lang),
  };
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
      words: wordsChanged(redlineBetween(previous, revision).stats),
    },
  }));
}

/** The revisions of a history page, oldest first, as its chart shows them: each links to its redline (the first to its page). */
export function chartRevisions(items: readonly HistoryItem[]): ChartRevision[] {
  return [...items].reverse().map((item) => ({
    effective: item.effective,
    status: item.status,
    change: item.change,
    words: item.previous?.words,
    href: item.previous?.compareUrl ?? item.url,
  }));
}

/** The words a redline added and removed, as a history and its chart count them. */
export function wordsChanged(stats: RedlineStats): { added: number; removed: number } {
  return { added: stats.wordsInserted, removed: stats.wordsDeleted };
}
