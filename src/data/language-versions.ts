import { alternateLinks, languageLinks, type LanguageLink, type LanguagePage } from '../lib/i18n/index.ts';
import {
  changelogUrl,
  compareChooserUrl,
  compareUrl,
  historyUrl,
  pairKey,
  policyUrl,
  revisionUrl,
  sectionUrl,
  type CompareView,
} from '../lib/policies/index.ts';
import { languageUrl } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import type { SitePolicy } from './policies.ts';
import { sitePath } from './site-url.ts';
import { loadTranslatedPolicies, type TranslatedPolicy } from './translated-policies.ts';
import { translatedComparePairs } from './translated-compare-pairs.ts';

/** Which page of a policy a page is, to find the same page in the policy's other languages. */
export type PolicyPage =
  | { kind: 'policy' }
  | { kind: 'history' }
  | { kind: 'changelog' }
  | { kind: 'revision'; effective: string }
  | { kind: 'compare'; from: string; to: string; view: CompareView }
  /** Pages no translation language has (the compare chooser, a section's history): their switcher leads to the policy's page in each language. */
  | { kind: 'chooser' }
  | { kind: 'section'; section: string };

/** A page's versions in other languages, as its layout announces and links them (PageHead's `alternates` and `languages`). */
export interface LanguageVersions {
  /** The `<link rel="alternate" hreflang>` of the page: its versions in every language that has this very page. */
  alternates: LanguagePage[];
  /** The language switcher: every language of the policy, each to this page in it or, when it has none, to the policy's page in it. */
  languages: LanguageLink[];
}

/** Return the route of a policy page in the source language. */
function sourceRoute(slug: string, page: PolicyPage): string {
  switch (page.kind) {
    case 'policy':
      return policyUrl(slug);
    case 'history':
      return historyUrl(slug);
    case 'changelog':
      return changelogUrl(slug);
    case 'revision':
      return revisionUrl(slug, page.effective);
    case 'compare':
      return compareUrl(slug, page.from, page.to, page.view);
    case 'chooser':
      return compareChooserUrl(slug);
    case 'section':
      return sectionUrl(slug, page.section);
  }
}

/** Return the route of a policy page in a translation language, or undefined when that language has no such page. */
function translatedRoute(view: TranslatedPolicy, page: PolicyPage): string | undefined {
  const slug = view.policy.slug;
  const has = (effective: string): boolean => view.entries.some((entry) => entry.source.revision.effective === effective);
  if (page.kind === 'chooser' || page.kind === 'section') return undefined;
  if (page.kind === 'revision' && !has(page.effective)) return undefined;
  if (page.kind === 'compare') {
    const key = pairKey(page.from, page.to);
    const exists = translatedComparePairs(view).some(
      ({ from, to }) => pairKey(from.source.revision.effective, to.source.revision.effective) === key,
    );
    if (!exists) return undefined;
  }
  return languageUrl(view.lang, sourceRoute(slug, page));
}

/**
 * Return a policy page's versions in every language of the policy (the source language first, then
 * its translations in the site's order), for its hreflang links and language switcher; `current` is
 * the language of the page itself. A policy without translations has none: nothing is announced.
 */
export async function languageVersions(policy: SitePolicy, page: PolicyPage, current: string = siteConfig.lang): Promise<LanguageVersions> {
  const views = (await loadTranslatedPolicies()).filter((view) => view.policy.slug === policy.slug);
  if (views.length === 0) return { alternates: [], languages: [] };
  const source = sitePath(sourceRoute(policy.slug, page));
  const same: LanguagePage[] = [{ lang: siteConfig.lang, href: source }];
  const switcher: LanguagePage[] = [{ lang: siteConfig.lang, href: source }];
  for (const view of views) {
    const route = translatedRoute(view, page);
    // A language's policy page is the same page only when it shows the version in force, as translated
    // now; a lagging one (an older version, or a translation from before a correction) is not announced as it.
    if (route && (page.kind !== 'policy' || !view.lag.lagging)) same.push({ lang: view.lang, href: sitePath(route) });
    switcher.push({ lang: view.lang, href: sitePath(route ?? languageUrl(view.lang, policyUrl(policy.slug))) });
  }
  // A page that is not one of the same page's versions announces none.
  const alternates = same.some((version) => version.lang === current) ? alternateLinks(same, siteConfig.lang) : [];
  return { alternates, languages: languageLinks(switcher, current) };
}

/** Return a page's route data with its versions in the policy's other languages added to its head (hreflang links, language switcher). */
export async function withLanguageVersions<T extends { head: PageHead }>(data: T, policy: SitePolicy, page: PolicyPage): Promise<T> {
  return { ...data, head: { ...data.head, ...(await languageVersions(policy, page, data.head.lang ?? siteConfig.lang)) } };
}
