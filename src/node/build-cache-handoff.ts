import type { DiffCache } from './diff-cache.ts';
import type { DocumentCache } from './document-cache.ts';

/** What the pages of a build hand to the integration once they have compared revisions: it flushes both caches, reports their counts and prunes them. */
export interface BuildCacheReport {
  /** The parsed revisions the pages used. */
  documents: DocumentCache;
  /** The redlines the pages used. */
  diffs: DiffCache;
}

// Why a global: the integration (src/integration/redline.ts) is loaded with astro.config.mjs, while
// the pages and src/data are bundled and run by Astro's build in another module graph of the same
// process. Each graph has its own copy of this module, so a module-level variable would not be shared;
// a registered symbol (Symbol.for) is the same in both, and `globalThis` is the one object both see.
// This module is the only place that names the key: the pages publish through publishBuildCache,
// the integration reads through builtCache, and neither touches the global itself.
const BUILD_CACHE_KEY = Symbol.for('redline.diffCache');

type Handoff = Record<symbol, BuildCacheReport | undefined>;

/** Publish the pages' caches for the integration's end-of-build report (src/data/redlines.ts calls it when it opens the cache). */
export function publishBuildCache(report: BuildCacheReport): void {
  (globalThis as Handoff)[BUILD_CACHE_KEY] = report;
}

/** Return the caches the pages of this build published, or undefined when no page compared revisions. */
export function builtCache(): BuildCacheReport | undefined {
  return (globalThis as Handoff)[BUILD_CACHE_KEY];
}

/** What the pages of a build spent on section histories (src/data/section-history.ts), for the build log. */
export interface SectionHistoryReport {
  /** Policies whose sections were followed. */
  policies: number;
  /** Sections followed, every one a policy ever had. */
  sections: number;
  /** Time spent following them and listing each revision's sections, in milliseconds (the redlines they read excluded: the compare pages need them anyway). */
  milliseconds: number;
}

const SECTION_HISTORY_KEY = Symbol.for('redline.sectionHistory');

type SectionHandoff = Record<symbol, SectionHistoryReport | undefined>;

/** Add to this build's section history report (the pages call it as they work). */
export function noteSectionHistory(policies: number, sections: number, milliseconds: number): void {
  const handoff = globalThis as SectionHandoff;
  const report = (handoff[SECTION_HISTORY_KEY] ??= { policies: 0, sections: 0, milliseconds: 0 });
  report.policies += policies;
  report.sections += sections;
  report.milliseconds += milliseconds;
}

/** Return what this build's pages spent on section histories, or undefined when no page followed a section. */
export function builtSectionHistory(): SectionHistoryReport | undefined {
  return (globalThis as SectionHandoff)[SECTION_HISTORY_KEY];
}
