import type { CalendarDate } from '../lib/dates/index.ts';
import { uiStrings } from '../lib/i18n/index.ts';
import { compareUrl, historyUrl, pairKey } from '../lib/policies/index.ts';
import { siteConfig } from '../site.config.ts';
import { policyComparePairs } from './compare-paths.ts';
import type { PageHead } from './page-head.ts';
import { loadPolicies, type SitePolicy } from './policies.ts';
import { sitePath } from './site-url.ts';

/** One row of the chooser of a policy with `compare: adjacent`: a version, its changes, and its redline against the version in force. */
export interface AdjacentRow {
  /** The version's effective date. */
  effective: CalendarDate;
  /** Its redline against the version before it (null for the first). */
  changesUrl: string | null;
  /** Its redline against the version in force (null for that version itself, or when none is in force). */
  inForceUrl: string | null;
  /** Whether it is the version in force. */
  inForce: boolean;
}

/** The route data of a policy's compare chooser (`/<policy>/compare/`). */
export interface CompareChooserData {
  /** The layout's title, description and feed. */
  head: PageHead;
  /** The page's language (BCP 47): its interface text is in it (src/lib/i18n). */
  lang: string;
  /** The policy's title. */
  policyTitle: string;
  /** Whether every pair has a redline (`compare: all`): a table of every pair; else one row per version. */
  allPairs: boolean;
  /** The policy's history page. */
  historyUrl: string;
  /** The versions that can be the older side (all but the newest) and the newer side (all but the oldest). */
  froms: CalendarDate[];
  tos: CalendarDate[];
  /** With `compare: all`, each older version's row: one cell per newer-side version, linked when it is newer. */
  matrix: { from: CalendarDate; cells: { to: CalendarDate; url?: string | undefined }[] }[];
  /** With `compare: adjacent`, one row per version, newest first. */
  rows: AdjacentRow[];
  /** The compare page of every pair that has one, by pair key (`from...to`), for the script that follows the two selects. */
  pairUrls: Record<string, string>;
}

/** List the static paths of the compare choosers: one per policy with more than one visible version. */
export async function compareChooserPaths(): Promise<{ params: { policy: string }; props: { policy: SitePolicy } }[]> {
  const policies = await loadPolicies();
  return policies
    .filter((policy) => policy.timeline.entries.length > 1)
    .map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}

/** Return the route data of a policy's compare chooser, its text in `lang` (default: the site's). */
export function compareChooserRouteData(policy: SitePolicy, lang: string = siteConfig.lang): CompareChooserData {
  const slug = policy.slug;
  const ui = uiStrings(lang);
  const url = (from: CalendarDate, to: CalendarDate): string => sitePath(compareUrl(slug, from, to));
  const revisions = policy.timeline.entries.map((e) => e.revision);
  const froms = revisions.slice(0, -1).map((r) => r.effective);
  const tos = revisions.slice(1).map((r) => r.effective);
  const pairs = policyComparePairs(policy).map(({ from, to }) => [from.revision.effective, to.revision.effective] as const);
  const inForce = policy.timeline.inForce?.revision;
  // With `compare: adjacent`, one row per version (newest first): its changes, and its redline against the version in force.
  const rows = [...revisions].reverse().map((revision, index, newestFirst): AdjacentRow => {
    const previous = newestFirst[index + 1];
    let withInForce: string | null = null;
    if (inForce && inForce !== revision)
      withInForce =
        inForce.effective < revision.effective ? url(inForce.effective, revision.effective) : url(revision.effective, inForce.effective);
    return {
      effective: revision.effective,
      changesUrl: previous ? url(previous.effective, revision.effective) : null,
      inForceUrl: withInForce,
      inForce: inForce === revision,
    };
  });
  return {
    head: {
      lang,
      policy: { slug, title: policy.meta.title },
      title: ui.chooser.title(policy.meta.title),
      description: ui.chooser.description(policy.meta.title),
    },
    lang,
    policyTitle: policy.meta.title,
    allPairs: policy.meta.compare === 'all',
    historyUrl: sitePath(historyUrl(slug)),
    froms,
    tos,
    matrix: froms.map((from) => ({ from, cells: tos.map((to) => ({ to, url: to > from ? url(from, to) : undefined })) })),
    rows,
    pairUrls: Object.fromEntries(pairs.map(([from, to]) => [pairKey(from, to), url(from, to)])),
  };
}
