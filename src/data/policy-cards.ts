import type { CalendarDate } from '../lib/dates/index.ts';
import { historyUrl, policyUrl, revisionUrl, type ChangeLabel } from '../lib/policies/index.ts';
import { loadPolicies } from './policies.ts';
import { sitePath } from './site-url.ts';

/** One policy on the home page: its title and description, the version in force and the next one announced. */
export interface PolicyCard {
  /** The policy's title and description. */
  title: string;
  description: string;
  /** Their languages, when not the page's (on a translation language's list, what the translation does not give). */
  titleLang?: string | undefined;
  descriptionLang?: string | undefined;
  /** Its page (the version in force). */
  url: string;
  /** Its history page. */
  historyUrl: string;
  /**
   * The version in force: its date, label and summary (with the summary's language when not the
   * page's); on a translation language's list, `untranslated` when it has no current translation.
   */
  current?:
    | {
        effective: CalendarDate;
        change?: ChangeLabel | undefined;
        summary?: string | undefined;
        summaryLang?: string | undefined;
        untranslated?: boolean | undefined;
        /** On a translation language's list, whether its translation was made before a correction of its source. */
        outdated?: boolean | undefined;
      }
    | undefined;
  /** The next announced version: its date and page (with the page's language when not this page's). */
  upcoming?: { effective: CalendarDate; url: string; urlLang?: string | undefined } | undefined;
}

/** Return every policy as the home page lists it, in the index's order. */
export async function policyCards(): Promise<PolicyCard[]> {
  const policies = await loadPolicies();
  return policies.map(({ slug, meta, timeline }) => {
    const current = timeline.inForce?.revision;
    const upcoming = timeline.upcoming[0]?.revision;
    return {
      title: meta.title,
      description: meta.description,
      url: sitePath(policyUrl(slug)),
      historyUrl: sitePath(historyUrl(slug)),
      current: current && { effective: current.effective, change: current.change, summary: current.summary },
      upcoming: upcoming && { effective: upcoming.effective, url: sitePath(revisionUrl(slug, upcoming.effective)) },
    };
  });
}
