import { getCollection } from 'astro:content';
import { buildDay } from '../node/build-day.ts';
import { buildTimeline, type PolicyMeta, type RevisionFrontmatter, type Timeline } from '../lib/policies/index.ts';

/** A content entry read from a source file: a revision's or a translation's (their ids differ: `cookies/2026-03-14`, `cookies/de/2026-03-14`). */
export interface SourceEntry {
  /** The entry's id, which keys its source in the build's caches. */
  id: string;
  /** The path of its source file, relative to the project. */
  filePath?: string | undefined;
}

/** One revision as pages use it: its front matter, its policy and its Astro entry (its id and source file). */
export interface SiteRevision extends RevisionFrontmatter {
  /** The policy's folder name. */
  policy: string;
  /**
   * Where its text comes from: the content entry's id and source file. A translated page reads a
   * translation as a revision of its language (src/data/translated-policies.ts): its entry is then the
   * translation's, so its text, hash and redlines are the translation's.
   */
  entry: SourceEntry;
}

/** One policy as pages use it. */
export interface SitePolicy {
  /** The folder name, which is also the URL segment. */
  slug: string;
  /** Title, description and order from `policy.yml`. */
  meta: PolicyMeta;
  /** The policy's revisions as the public sees them on the build's "as of" day. */
  timeline: Timeline<SiteRevision>;
}

let cached: Promise<SitePolicy[]> | undefined;

/**
 * Load every policy with its timeline as of the build day, ordered as on the index. Computed once
 * per build, so every page agrees on which revision is in force.
 */
export function loadPolicies(): Promise<SitePolicy[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SitePolicy[]> {
  const asOf = buildDay();
  const [metas, entries] = await Promise.all([getCollection('policies'), getCollection('revisions')]);
  const policies = metas.map((meta): SitePolicy => {
    const revisions = entries
      .filter((entry) => entry.id.startsWith(`${meta.id}/`))
      .map((entry): SiteRevision => ({ ...entry.data, policy: meta.id, entry }));
    // The first revision has nothing before it to change from: a change label or summary it carries
    // (written against a history since removed, say) is not shown as if it described a change.
    const first = revisions.reduce<SiteRevision | undefined>((a, b) => (a && a.effective <= b.effective ? a : b), undefined);
    if (first) {
      delete first.change;
      delete first.summary;
    }
    return { slug: meta.id, meta: meta.data, timeline: buildTimeline(revisions, asOf) };
  });
  return policies
    .filter((policy) => policy.timeline.entries.length > 0)
    .sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title, 'en'));
}
