import type { CalendarDate } from '../lib/dates/index.ts';
import { diffDeclarations, hasChanges, type Declaration, type DeclarationChanges } from '../lib/declaration/index.ts';
import { uiStrings } from '../lib/i18n/index.ts';
import {
  compareChooserUrl,
  compareUrl,
  declarationUrl,
  revisionsBetween,
  revisionUrl,
  type ChangeLabel,
  type CompareView,
  type RevisionStatus,
  type TimelineEntry,
} from '../lib/policies/index.ts';
import { renderRedline, type RedlineStats } from '../lib/redline/index.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import { printStyle } from './print-style.ts';
import type { SitePolicy, SiteRevision } from './policies.ts';
import { redlineBetween } from './redlines.ts';
import { absoluteUrl, sitePath } from './site-url.ts';

/** One side of a comparison, as the compare page names it. */
export interface CompareSide {
  /** The revision's effective date. */
  effective: CalendarDate;
  /** Its permanent page. */
  url: string;
  /** Where it stands on the build's day. */
  status: RevisionStatus;
  /** Its change label; absent on a policy's first revision. */
  change?: ChangeLabel | undefined;
}

/** One revision a reader passes between the two compared, with what it says it changed. */
export interface RevisionBetween {
  /** Its effective date. */
  effective: CalendarDate;
  /** Its permanent page. */
  url: string;
  /** Its change label. */
  change?: ChangeLabel | undefined;
  /** Its summary. */
  summary?: string | undefined;
  /** The summary's language, when it is not the page's. */
  summaryLang?: string | undefined;
  /** The language of `url`, when it is not the page's (on a language's compare page, a version not translated into it). */
  urlLang?: string | undefined;
}

/** What the box of cookie declaration changes shows (DeclarationChanges). */
export interface DeclarationChangesData {
  /** The structured difference between the two revisions' declarations. */
  changes: DeclarationChanges;
  /** Whether anything in it changed. */
  changed: boolean;
  /** Both declarations, to name categories and providers by their names. */
  before: Declaration;
  after: Declaration;
  /** Where the newer revision's JSON is. */
  jsonUrl: string;
}

/** The route data of a compare page: the redline between two revisions of a policy, in one view. */
export interface ComparePageData {
  /** The layout's title, description and feed. */
  head: PageHead;
  /** The page's language (BCP 47): its interface text is in it (src/lib/i18n). */
  lang: string;
  /** Which view the page shows. */
  view: CompareView;
  /** The policy's title. */
  policyTitle: string;
  /** The older and the newer revision. */
  from: CompareSide;
  to: CompareSide;
  /** The page's absolute URL, printed on paper copies. */
  printUrl: string;
  /** The revisions after `from` up to and including `to`, newest first. */
  between: RevisionBetween[];
  /** The changes to the cookie declaration, when both revisions declare cookies. */
  declaration?: DeclarationChangesData | undefined;
  /** The redline's counts and changed sections. */
  stats: RedlineStats;
  /** The pair's page in each view. */
  viewUrls: Record<CompareView, string>;
  /** The page to compare other versions. */
  chooserUrl: string;
  /** The rendered redline. */
  html: string;
}

/** Return the route data of the compare page of two revisions of a policy (older first) in one view, its text in `lang` (default: the site's). */
export function compareRouteData(
  policy: SitePolicy,
  from: TimelineEntry<SiteRevision>,
  to: TimelineEntry<SiteRevision>,
  view: CompareView,
  lang: string = siteConfig.lang,
): ComparePageData {
  const slug = policy.slug;
  const title = policy.meta.title;
  const ui = uiStrings(lang);
  const redline = redlineBetween(from.revision, to.revision);
  const heading = ui.compare.title(title, from.revision.effective, to.revision.effective);
  const side = ({ revision, status }: TimelineEntry<SiteRevision>): CompareSide => ({
    effective: revision.effective,
    url: sitePath(revisionUrl(slug, revision.effective)),
    status,
    change: revision.change,
  });
  const before = from.revision.declaration;
  const after = to.revision.declaration;
  const changes = before && after ? diffDeclarations(before, after) : undefined;
  const printUrl = absoluteUrl(compareUrl(slug, from.revision.effective, to.revision.effective, view));
  const pairUrl = (key: CompareView): string => sitePath(compareUrl(slug, from.revision.effective, to.revision.effective, key));
  return {
    head: {
      lang,
      policy: { slug, title },
      title: `${heading}${view === 'side-by-side' ? ui.compare.sideBySideSuffix : ''}`,
      description: ui.compare.description(title, from.revision.effective, to.revision.effective),
      print: printStyle({ heading, url: printUrl, pageCount: ui.print.pageCount }),
    },
    lang,
    view,
    policyTitle: title,
    from: side(from),
    to: side(to),
    printUrl,
    between: revisionsBetween(
      policy.timeline.entries.map((e) => e.revision),
      from.revision.effective,
      to.revision.effective,
    )
      .reverse()
      .map((r) => ({ effective: r.effective, url: sitePath(revisionUrl(slug, r.effective)), change: r.change, summary: r.summary })),
    declaration:
      before && after && changes
        ? { changes, changed: hasChanges(changes), before, after, jsonUrl: sitePath(declarationUrl(slug, to.revision.effective)) }
        : undefined,
    stats: redline.stats,
    viewUrls: { inline: pairUrl('inline'), 'side-by-side': pairUrl('side-by-side') },
    chooserUrl: sitePath(compareChooserUrl(slug)),
    html: renderRedline(redline, { view, fold: true, siteBase: siteConfig.base, cues: ui.redline }),
  };
}
