import type { CalendarDate } from '../lib/dates/index.ts';
import type { FeedLink } from '../lib/feeds/index.ts';
import { uiStrings } from '../lib/i18n/index.ts';
import { changelogEntries, compareUrl, historyUrl, revisionUrl, type ChangeLabel, type RevisionStatus } from '../lib/policies/index.ts';
import type { RedlineStats } from '../lib/redline/index.ts';
import { siteConfig } from '../site.config.ts';
import { feedLinksOnPage } from './feeds.ts';
import type { PageHead } from './page-head.ts';
import { loadPolicies, type SitePolicy } from './policies.ts';
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
  /** The summary's language, when it is not the page's (a translation that gives none shows the source's). */
  summaryLang?: string | undefined;
  /**
   * On a language's changelog (`/<lang>/<policy>/changelog/`), the language of `url` when the revision
   * has no translation into it: `url` is then its page in that (the source) language.
   */
  untranslatedLang?: string | undefined;
  /** Whether it is the policy's first version (which has no redline). */
  first: boolean;
  /** Whether its translation into the page's language was made before a correction of its source. */
  outdated?: boolean | undefined;
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
    first: !previous,
    redline: previous && {
      stats: redlineBetween(previous, revision).stats,
      url: sitePath(compareUrl(policy, previous.effective, revision.effective)),
    },
  }));
}

/** The route data of a changelog page (ChangelogPage): the site's, or one policy's. */
export interface ChangelogPageData {
  /** The layout's title, description and feed. */
  head: PageHead;
  /** The page's language (BCP 47): its interface text is in it (src/lib/i18n). */
  lang: string;
  /** For one policy's changelog, its title and history page; undefined for the site's. */
  policy?: { title: string; historyUrl: string } | undefined;
  /** The feeds of the policy (or of the site). */
  feeds: (FeedLink & { href: string })[];
  /** The entries, newest first. */
  entries: ChangelogItem[];
}

/** Return the route data of a policy's changelog (`/<policy>/changelog/`), its text in `lang` (default: the site's). */
export function policyChangelogRouteData(policy: SitePolicy, lang: string = siteConfig.lang): ChangelogPageData {
  const ui = uiStrings(lang);
  const title = policy.meta.title;
  return {
    head: {
      lang,
      title: ui.changelog.policyTitle(title),
      description: ui.changelog.policyDescription(title),
      policy: { slug: policy.slug, title },
    },
    lang,
    policy: { title, historyUrl: sitePath(historyUrl(policy.slug)) },
    feeds: feedLinksOnPage(policy, lang),
    entries: changelogItems([policy]),
  };
}

/** Return the route data of the site's changelog (`/changelog/`), every policy's changes, its text in `lang` (default: the site's). */
export async function siteChangelogRouteData(lang: string = siteConfig.lang): Promise<ChangelogPageData> {
  const ui = uiStrings(lang);
  return {
    head: { lang, title: ui.changelog.title, description: ui.changelog.description(siteConfig.owner) },
    lang,
    feeds: feedLinksOnPage(undefined, lang),
    entries: changelogItems(await loadPolicies()),
  };
}
