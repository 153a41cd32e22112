import { keyedCache } from '../lib/cache/keyed-cache.ts';
import type { CalendarDate } from '../lib/dates/index.ts';
import { uiStrings, type UiStrings } from '../lib/i18n/index.ts';
import { compareUrl, historyUrl, revisionUrl, sectionUrl, type ChangeLabel } from '../lib/policies/index.ts';
import { diffDocuments, excerptRedline, renderRedline, type Redline, type RedlineDocument } from '../lib/redline/index.ts';
import {
  ownRange,
  sectionHistory,
  sectionRanges,
  subsectionsOf,
  type SectionChange,
  type SectionHistory,
  type SectionLineage,
} from '../lib/sections/index.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';
import { redlineBetween, revisionDocument } from './redlines.ts';
import { sitePath } from './site-url.ts';
import { noteSectionHistory } from '../node/build-cache-handoff.ts';

/** A policy's revisions as its section histories read them: oldest first, each parsed once, each pair compared once. */
interface PolicySections {
  revisions: SiteRevision[];
  docs: RedlineDocument[];
  pairs: Redline[];
  history: SectionHistory;
}

// Once per policy and build, from the adjacent redlines the compare pages use (cached between builds).
// The time it takes is reported in the build log (src/integration/redline.ts).
const histories = keyedCache((policy: SitePolicy): PolicySections => {
  const revisions = policy.timeline.entries.map((entry) => entry.revision);
  const docs = revisions.map(revisionDocument);
  const pairs = revisions.slice(1).map((revision, i) => redlineBetween(revisions[i] as SiteRevision, revision));
  const start = performance.now();
  const history = sectionHistory(docs, pairs);
  noteSectionHistory(1, history.lineages.length, performance.now() - start);
  return { revisions, docs, pairs, history };
});

function policySections(policy: SitePolicy): PolicySections {
  return histories.get(policy.slug, policy);
}

/** Where a change to a section can be read: the redline of the pair, at the section's first change. */
function changeUrl(policy: SitePolicy, sections: PolicySections, change: SectionChange): string {
  return pairChangeUrl(policy, sections, change.revision, change.firstChange);
}

// The redline of a revision and the one before it, at one of its changes (`change-N`; 0: its top).
function pairChangeUrl(policy: SitePolicy, sections: PolicySections, revision: number, change: number): string {
  const from = sections.revisions[revision - 1] as SiteRevision;
  const to = sections.revisions[revision] as SiteRevision;
  return sitePath(compareUrl(policy.slug, from.effective, to.effective)) + (change > 0 ? `#change-${change}` : '');
}

/** One section of a revision as its list of sections shows it. */
export interface SectionContentsItem {
  /** The heading's id on the page. */
  id: string;
  title: string;
  depth: number;
  /** The section's last change up to this revision; undefined when it reads as in the policy's first version. */
  lastChange?: { effective: CalendarDate; url: string; appeared: boolean } | undefined;
  /** The section's history page. */
  historyUrl: string;
}

/** The sections of one revision, each with its last change and its history (RevisionArticle's list of sections). */
export interface SectionContentsData {
  items: SectionContentsItem[];
  /** The policy's first version: "unchanged since" it. */
  firstEffective: CalendarDate;
}

/** Return the sections of a revision with when each last changed, up to that revision; a heading without text named in `lang` (default: the site's). */
export function sectionContents(
  policy: SitePolicy,
  revision: SiteRevision,
  lang: string = siteConfig.lang,
): SectionContentsData | undefined {
  const sections = policySections(policy);
  const start = performance.now();
  try {
    return contentsOf(policy, sections, revision, uiStrings(lang));
  } finally {
    noteSectionHistory(0, 0, performance.now() - start);
  }
}

function contentsOf(policy: SitePolicy, sections: PolicySections, revision: SiteRevision, ui: UiStrings): SectionContentsData | undefined {
  const k = sections.revisions.findIndex((candidate) => candidate.entry.id === revision.entry.id);
  const doc = sections.docs[k];
  const first = sections.revisions[0];
  if (!doc || !first || doc.sections.length === 0) return undefined;
  return {
    firstEffective: first.effective,
    items: doc.sections.map((section, s) => {
      const lineage = sections.history.lineages[sections.history.lineageOf[k]?.[s] ?? -1] as SectionLineage;
      const last = lineage.changes.findLast((change) => change.revision <= k);
      return {
        id: section.id,
        title: nameOf(section.title, ui),
        depth: section.depth,
        lastChange: last && {
          effective: (sections.revisions[last.revision] as SiteRevision).effective,
          url: changeUrl(policy, sections, last),
          appeared: last.kind === 'appeared',
        },
        historyUrl: sitePath(sectionUrl(policy.slug, lineage.id)),
      };
    }),
  };
}

/** List the static paths of every section history page: every section a policy ever had. */
export async function sectionPaths(): Promise<
  { params: { policy: string; section: string }; props: { policy: SitePolicy; section: number } }[]
> {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    policySections(policy).history.lineages.map((lineage, section) => ({
      params: { policy: policy.slug, section: lineage.id },
      props: { policy, section },
    })),
  );
}

/** A link to another section's history. */
export interface SectionLink {
  title: string;
  url: string;
}

/** One change on a section's page. */
export interface SectionChangeItem {
  effective: CalendarDate;
  revisionUrl: string;
  /** Whether the version has yet to take effect. */
  upcoming: boolean;
  change?: ChangeLabel | undefined;
  summary?: string | undefined;
  kind: SectionChange['kind'];
  /** The heading it had before, when this change renamed or renumbered it. */
  renamedFrom?: string | undefined;
  /** The heading levels before and after, when this change moved it up or down the outline. */
  levels?: [number, number] | undefined;
  wordsAdded: number;
  wordsRemoved: number;
  /** The whole redline of the pair, at the section's first change. */
  compareUrl: string;
  /** Sections its text came from (appeared) or went to (removed). */
  related: SectionLink[];
  /** Its subsections that changed in the same version. */
  subsections: SectionLink[];
  /** The redline of its own text (its subsections have theirs); '' when only subsections changed. */
  html: string;
}

/** A stretch of a section in force — a paragraph, a heading, a whole list or table — with since when each of its blocks reads as it does. */
export interface SectionPassage {
  html: string;
  since: { effective: CalendarDate; url: string; first: boolean }[];
}

/** The route data of a section's history page (`/<policy>/sections/<id>/`, SectionPage). */
export interface SectionPageData {
  head: PageHead;
  /** The page's language (BCP 47): its interface text is in it (src/lib/i18n). */
  lang: string;
  policyTitle: string;
  /** Its heading in the version in force, else when it was last in the policy. */
  title: string;
  /** Every heading it had, oldest first, with the first and last version that had it. */
  names: { title: string; from: CalendarDate; to: CalendarDate }[];
  /** Where it stands: in the version in force (perhaps removed by an upcoming one), only in versions not yet in force, or removed. */
  state:
    | { kind: 'in-force'; since: CalendarDate; removedOn?: CalendarDate | undefined }
    | { kind: 'upcoming'; from: CalendarDate }
    | { kind: 'removed'; on: CalendarDate; last: CalendarDate; lastUrl: string };
  /** Its own text in the version in force, passage by passage, when it is in force. */
  inForce?: { effective: CalendarDate; url: string; passages: SectionPassage[] } | undefined;
  /** Its subsections in the version in force. */
  subsections: SectionLink[];
  /** Its changes, newest first. */
  changes: SectionChangeItem[];
  /** The policy's first version, when the section was in it. */
  firstVersion?: { effective: CalendarDate; url: string } | undefined;
  historyUrl: string;
}

// The version in force compared with itself: every block unchanged, to show a section's text in the
// redline's rendering.
const identities = keyedCache((doc: RedlineDocument): Redline => diffDocuments(doc, doc));

// Where a section's page places the policy's headings: its own text under an h2, a change's redline under an h3.
const TEXT_HEADING = 3;
const CHANGE_HEADING = 4;

/** Return the route data of one section's history page, its text in `lang` (default: the site's). */
export function sectionRouteData(policy: SitePolicy, index: number, lang: string = siteConfig.lang): SectionPageData {
  const ui = uiStrings(lang);
  const sections = policySections(policy);
  const { revisions, docs, history } = sections;
  const lineage = history.lineages[index] as SectionLineage;
  const sectionAt = (k: number) => docs[k]?.sections[lineage.places[k] ?? -1];
  const effective = (k: number): CalendarDate => (revisions[k] as SiteRevision).effective;
  const entries = policy.timeline.entries;
  const inForceIndex = policy.timeline.inForce ? entries.indexOf(policy.timeline.inForce) : -1;
  const inForceSection = inForceIndex >= 0 ? lineage.places[inForceIndex] : null;
  const inForce = inForceSection !== null && inForceSection !== undefined;
  const title = nameOf(sectionAt(inForce ? inForceIndex : lineage.last)?.title, ui);
  const names: SectionPageData['names'] = [];
  for (let k = lineage.first; k <= lineage.last; k++) {
    const name = nameOf(sectionAt(k)?.title, ui);
    const current = names[names.length - 1];
    if (current?.title === name) current.to = effective(k);
    else names.push({ title: name, from: effective(k), to: effective(k) });
  }
  const removal = lineage.changes.find((change) => change.kind === 'removed');
  const state: SectionPageData['state'] = inForce
    ? { kind: 'in-force', since: effective(lineage.first), removedOn: removal && effective(removal.revision) }
    : removal && removal.revision <= inForceIndex
      ? {
          kind: 'removed',
          on: effective(removal.revision),
          last: effective(lineage.last),
          lastUrl: sitePath(revisionUrl(policy.slug, effective(lineage.last))),
        }
      : { kind: 'upcoming', from: effective(lineage.first) };
  const link = (other: number): SectionLink => linkTo(policy, sections, other, ui);
  const changes = lineage.changes
    .map((change): SectionChangeItem => {
      const to = revisions[change.revision] as SiteRevision;
      const from = revisions[change.revision - 1] as SiteRevision;
      const pair = sections.pairs[change.revision - 1] as Redline;
      const before = change.from === null ? undefined : docs[change.revision - 1]?.sections[change.from];
      const after = change.to === null ? undefined : docs[change.revision]?.sections[change.to];
      return {
        effective: to.effective,
        revisionUrl: sitePath(revisionUrl(policy.slug, to.effective)),
        upcoming: change.revision > inForceIndex,
        change: to.change,
        summary: to.summary,
        kind: change.kind,
        renamedFrom: change.renamed ? nameOf(before?.title, ui) : undefined,
        levels: change.relevelled && before && after ? [before.depth, after.depth] : undefined,
        wordsAdded: change.wordsAdded,
        wordsRemoved: change.wordsRemoved,
        compareUrl: changeUrl(policy, sections, change),
        related: change.related.map(link),
        subsections: change.subsections.map(link),
        html: change.ownChanged
          ? renderRedline(excerptRedline(pair, change.own), {
              fold: true,
              ids: false,
              siteBase: siteConfig.base,
              linkBase: compareUrl(policy.slug, from.effective, to.effective),
              headingShift: CHANGE_HEADING - Math.min(before?.depth ?? 6, after?.depth ?? 6),
              cues: ui.redline,
            })
          : '',
      };
    })
    .reverse();
  const doc = inForce ? (docs[inForceIndex] as RedlineDocument) : undefined;
  return {
    head: {
      lang,
      policy: { slug: policy.slug, title: policy.meta.title },
      title: ui.sections.title(policy.meta.title, title),
      description: ui.sections.description(policy.meta.title, title),
    },
    lang,
    policyTitle: policy.meta.title,
    title,
    names,
    state,
    inForce: doc && inForce ? inForceText(policy, sections, inForceIndex, inForceSection, ui) : undefined,
    subsections:
      doc && inForce ? subsectionLineages(doc, inForceSection).map((sub) => link(history.lineageOf[inForceIndex]?.[sub] ?? -1)) : [],
    changes,
    firstVersion: lineage.first === 0 ? { effective: effective(0), url: sitePath(revisionUrl(policy.slug, effective(0))) } : undefined,
    historyUrl: sitePath(historyUrl(policy.slug)),
  };
}

// A heading with no text still needs a name.
function nameOf(title: string | undefined, ui: UiStrings): string {
  return title?.trim() || ui.sections.untitled;
}

function linkTo(policy: SitePolicy, sections: PolicySections, lineageIndex: number, ui: UiStrings): SectionLink {
  const other = sections.history.lineages[lineageIndex] as SectionLineage;
  return {
    title: nameOf(sections.docs[other.last]?.sections[other.places[other.last] ?? -1]?.title, ui),
    url: sitePath(sectionUrl(policy.slug, other.id)),
  };
}

// The direct subsections of a section (the next level down inside it).
function subsectionLineages(doc: RedlineDocument, section: number): number[] {
  const depth = doc.sections[section]?.depth ?? 0;
  const inside = subsectionsOf(doc, section, sectionRanges(doc));
  const top = Math.min(...inside.map((s) => doc.sections[s]?.depth ?? 7), 7);
  return top > depth ? inside.filter((s) => doc.sections[s]?.depth === top) : [];
}

// A section's own text in force (its heading up to its first subsection), passage by passage: a list
// or a table stays whole, each of its blocks with its own date.
function inForceText(policy: SitePolicy, sections: PolicySections, k: number, section: number, ui: UiStrings): SectionPageData['inForce'] {
  const { revisions, docs, history } = sections;
  const doc = docs[k] as RedlineDocument;
  const revision = revisions[k] as SiteRevision;
  const { start, end } = ownRange(doc, section, sectionRanges(doc)[section] ?? { start: 0, end: 0 });
  const identity = identities.get(revision.entry.id, doc);
  const passages: SectionPassage[] = [];
  for (let b = start; b < end;) {
    const container = doc.blocks[b]?.frames[0]?.id;
    let stop = b + 1;
    while (container !== undefined && stop < end && doc.blocks[stop]?.frames[0]?.id === container) stop++;
    const since: SectionPassage['since'] = [];
    for (let block = b; block < stop; block++) {
      const written = history.since[k]?.[block] ?? k;
      const date = (revisions[written] as SiteRevision).effective;
      since.push({
        effective: date,
        first: written === 0,
        url:
          written === 0
            ? sitePath(revisionUrl(policy.slug, date))
            : pairChangeUrl(policy, sections, written, history.originChange[k]?.[block] ?? 0),
      });
    }
    passages.push({
      html: renderRedline(excerptRedline(identity, { old: { start: b, end: stop }, new: { start: b, end: stop } }), {
        ids: false,
        siteBase: siteConfig.base,
        linkBase: revisionUrl(policy.slug, revision.effective),
        headingShift: TEXT_HEADING - (doc.sections[section]?.depth ?? TEXT_HEADING),
        cues: ui.redline,
      }),
      since,
    });
    b = stop;
  }
  return { effective: revision.effective, url: sitePath(revisionUrl(policy.slug, revision.effective)), passages };
}
