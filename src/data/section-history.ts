import { keyedCache } from '../lib/cache/keyed-cache.ts';
import type { CalendarDate } from '../lib/dates/index.ts';
import { compareUrl, historyUrl, revisionUrl, sectionUrl, type ChangeLabel } from '../lib/policies/index.ts';
import { diffDocuments, excerptRedline, renderRedline, type Redline, type RedlineDocument } from '../lib/redline/index.ts';
import { sectionHistory, sectionRanges, type SectionChange, type SectionHistory, type SectionLineage } from '../lib/sections/index.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';
import { redlineBetween, revisionDocument } from './redlines.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
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
  const from = sections.revisions[change.revision - 1] as SiteRevision;
  const to = sections.revisions[change.revision] as SiteRevision;
  const anchor = change.firstChange > 0 ? `#change-${change.firstChange}` : '';
  return sitePath(compareUrl(policy.slug, from.effective, to.effective)) + anchor;
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

/** Return the sections of a revision with when each last changed, up to that revision. */
export function sectionContents(policy: SitePolicy, revision: SiteRevision): SectionContentsData | undefined {
  const sections = policySections(policy);
  const start = performance.now();
  try {
    return contentsOf(policy, sections, revision);
  } finally {
    noteSectionHistory(0, 0, performance.now() - start);
  }
}

function contentsOf(policy: SitePolicy, sections: PolicySections, revision: SiteRevision): SectionContentsData | undefined {
  const k = sections.revisions.indexOf(revision);
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
        title: section.title,
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

/** One change on a section's page. */
export interface SectionChangeItem {
  effective: CalendarDate;
  revisionUrl: string;
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
  related: { title: string; url: string }[];
  /** The section's own redline between the two versions. */
  html: string;
}

/** One block of a section in force, with since when it reads as it does. */
export interface SectionParagraph {
  html: string;
  since: { effective: CalendarDate; url: string; first: boolean };
}

/** The route data of a section's history page (`/<policy>/sections/<id>/`). */
export interface SectionPageData {
  head: PageHead;
  policyTitle: string;
  /** Its heading now, or when it was last in the policy. */
  title: string;
  /** Every heading it had, oldest first, with the first and last version that had it. */
  names: { title: string; from: CalendarDate; to: CalendarDate }[];
  /** Where it stands: in the version in force, only in versions not yet in force, or removed. */
  state:
    | { kind: 'in-force'; since: CalendarDate }
    | { kind: 'upcoming'; from: CalendarDate }
    | { kind: 'removed'; on: CalendarDate; last: CalendarDate; lastUrl: string };
  /** The version in force's text of the section, block by block, when it is in force. */
  inForce?: { effective: CalendarDate; url: string; paragraphs: SectionParagraph[] } | undefined;
  /** Its changes, newest first. */
  changes: SectionChangeItem[];
  /** The policy's first version, when the section was in it. */
  firstVersion?: { effective: CalendarDate; url: string } | undefined;
  historyUrl: string;
}

// The version in force compared with itself: every block unchanged, to show the section's text in the
// redline's rendering, block by block.
const identities = keyedCache((doc: RedlineDocument): Redline => diffDocuments(doc, doc));

/** Return the route data of one section's history page. */
export function sectionRouteData(policy: SitePolicy, index: number): SectionPageData {
  const sections = policySections(policy);
  const { revisions, docs, history } = sections;
  const lineage = history.lineages[index] as SectionLineage;
  const titleAt = (k: number): string => docs[k]?.sections[lineage.places[k] ?? -1]?.title ?? '';
  const effective = (k: number): CalendarDate => (revisions[k] as SiteRevision).effective;
  const title = titleAt(lineage.last);
  const names: SectionPageData['names'] = [];
  for (let k = lineage.first; k <= lineage.last; k++) {
    const name = titleAt(k);
    const current = names[names.length - 1];
    if (current?.title === name) current.to = effective(k);
    else names.push({ title: name, from: effective(k), to: effective(k) });
  }
  const entries = policy.timeline.entries;
  const inForceIndex = policy.timeline.inForce ? entries.indexOf(policy.timeline.inForce) : -1;
  const inForceSection = inForceIndex >= 0 ? lineage.places[inForceIndex] : null;
  const removal = lineage.changes.find((change) => change.kind === 'removed');
  const state: SectionPageData['state'] = removal
    ? {
        kind: 'removed',
        on: effective(removal.revision),
        last: effective(lineage.last),
        lastUrl: sitePath(revisionUrl(policy.slug, effective(lineage.last))),
      }
    : inForceSection !== null && inForceSection !== undefined
      ? { kind: 'in-force', since: effective(lineage.first) }
      : { kind: 'upcoming', from: effective(lineage.first) };
  const lineageTitle = (other: number): { title: string; url: string } => {
    const related = history.lineages[other] as SectionLineage;
    return {
      title: docs[related.last]?.sections[related.places[related.last] ?? -1]?.title ?? related.id,
      url: sitePath(sectionUrl(policy.slug, related.id)),
    };
  };
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
        change: to.change,
        summary: to.summary,
        kind: change.kind,
        renamedFrom: change.renamed ? before?.title : undefined,
        levels: change.relevelled && before && after ? [before.depth, after.depth] : undefined,
        wordsAdded: change.wordsAdded,
        wordsRemoved: change.wordsRemoved,
        compareUrl: changeUrl(policy, sections, change),
        related: change.related.map(lineageTitle),
        html: renderRedline(excerptRedline(pair, change.ranges), {
          fold: true,
          ids: false,
          siteBase: siteConfig.base,
          linkBase: absoluteUrl(compareUrl(policy.slug, from.effective, to.effective)),
        }),
      };
    })
    .reverse();
  return {
    head: {
      policy: { slug: policy.slug, title: policy.meta.title },
      title: `${policy.meta.title}: history of “${title}”`,
      description: `Every version of the section “${title}” of the ${policy.meta.title}, with what each change did to it.`,
    },
    policyTitle: policy.meta.title,
    title,
    names,
    state,
    inForce:
      inForceSection !== null && inForceSection !== undefined && !removal
        ? inForceText(policy, sections, inForceIndex, inForceSection)
        : undefined,
    changes,
    firstVersion: lineage.first === 0 ? { effective: effective(0), url: sitePath(revisionUrl(policy.slug, effective(0))) } : undefined,
    historyUrl: sitePath(historyUrl(policy.slug)),
  };
}

function inForceText(policy: SitePolicy, sections: PolicySections, k: number, section: number): SectionPageData['inForce'] {
  const { revisions, docs, history } = sections;
  const doc = docs[k] as RedlineDocument;
  const { start, end } = sectionRanges(doc)[section] ?? { start: 0, end: 0 };
  const identity = identities.get((revisions[k] as SiteRevision).entry.id, doc);
  const paragraphs: SectionParagraph[] = [];
  for (let b = start; b < end; b++) {
    const since = history.since[k]?.[b] ?? k;
    const written = (revisions[since] as SiteRevision).effective;
    paragraphs.push({
      html: renderRedline(excerptRedline(identity, { old: { start: b, end: b + 1 }, new: { start: b, end: b + 1 } }), {
        ids: false,
        siteBase: siteConfig.base,
        linkBase: absoluteUrl(revisionUrl(policy.slug, (revisions[k] as SiteRevision).effective)),
      }),
      since: {
        effective: written,
        first: since === 0,
        url:
          since === 0 ? sitePath(revisionUrl(policy.slug, written)) : blockChangeUrl(policy, sections, since, history.origin[k]?.[b] ?? 0),
      },
    });
  }
  return {
    effective: (revisions[k] as SiteRevision).effective,
    url: sitePath(revisionUrl(policy.slug, (revisions[k] as SiteRevision).effective)),
    paragraphs,
  };
}

// The redline in which a block was last written, at that change.
function blockChangeUrl(policy: SitePolicy, sections: PolicySections, revision: number, block: number): string {
  const pair = sections.pairs[revision - 1] as Redline;
  const unit = pair.units.find((candidate) => candidate.change > 0 && candidate.new.includes(block));
  const from = (sections.revisions[revision - 1] as SiteRevision).effective;
  const to = (sections.revisions[revision] as SiteRevision).effective;
  return sitePath(compareUrl(policy.slug, from, to)) + (unit ? `#change-${unit.change}` : '');
}
