import type { CalendarDate } from '../lib/dates/index.ts';
import { languageUrl, type TranslationState } from '../lib/translations/index.ts';
import { fillTemplate, languageName, uiStrings } from '../lib/i18n/index.ts';
import {
  compareUrl,
  declarationUrl,
  deviceStorageUrl,
  historyUrl,
  INTEGRITY_URL,
  policyUrl,
  revisionUrl,
  sourceUrl,
} from '../lib/policies/index.ts';
import { siteConfig } from '../site.config.ts';
import { hasDeviceStorageDisclosure } from './device-storage.ts';
import { translatedFeedLinks } from './translated-feeds.ts';
import { translatedHead } from './translated-head.ts';
import { translationHtml } from './translations.ts';
import { languageVersions, type PolicyPage } from './language-versions.ts';
import type { PageHead } from './page-head.ts';
import type { SiteRevision } from './policies.ts';
import { printStyle } from './print-style.ts';
import { redlineBetween } from './redlines.ts';
import type { RevisionArticleData, RevisionPageData, StatusNoticeData, WhatChangedData } from './revision-page.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { translatedComparePairs } from './translated-compare-pairs.ts';
import { policyPageEntry, summaryOf, translatedEntryOf, type TranslatedEntry, type TranslatedPolicy } from './translated-policies.ts';

/** What a translated page says about the version it translates (TranslationNotice), in the page's language. */
export interface TranslationNoticeData {
  /** The page's language and the source language (BCP 47). */
  lang: string;
  sourceLang: string;
  /** The source revision the page translates: its date and its page in the source language. */
  translated: { effective: CalendarDate; url: string };
  /** Whether the translation is of its source as it stands, or as it was before a correction. */
  state: TranslationState;
  /**
   * When the page shows a translation of another version than the one in force — an older one (the
   * source changed and this language has no translation of the change yet), or, when only versions
   * still to come are translated, a newer one: the version in force, its page, and the
   * source-language redline between the two.
   */
  lag?: { inForce: CalendarDate; inForceUrl: string; compareUrl: string } | undefined;
  /** When the translation was made before a correction of its source: the first such correction's day, and the source page that shows it. */
  outdated?: { date: CalendarDate; url: string } | undefined;
  /** When an announced source revision after the one in force has no translation: its date and its source-language page. */
  upcoming?: { effective: CalendarDate; url: string } | undefined;
}

/** The route data of a translated revision's page: the article, in the page's language, with what it translates. */
export interface TranslatedRevisionPageData extends RevisionPageData {
  /** What the page says about the version it translates. */
  translation: TranslationNoticeData;
}

/**
 * Return the route data of a language's policy page (`/<lang>/<policy>/`): the translation of the
 * version in force or, when the language lags, its latest translation of a version that has taken
 * effect — with the notice that says so — or, before any translated version took effect, the first
 * translated one.
 */
export async function translatedCurrentRouteData(view: TranslatedPolicy): Promise<TranslatedRevisionPageData> {
  const entry = policyPageEntry(view);
  if (!entry) throw new Error(`${view.policy.slug} has no translation into ${view.lang} the site shows`);
  const ui = uiStrings(view.lang);
  const page = await revisionPage(view, entry, { kind: 'policy' });
  const caption = fillTemplate(ui.translation.caption, {
    language: languageName(siteConfig.lang, view.lang),
    date: ui.date(entry.source.revision.effective),
  });
  return { ...page, head: { ...page.head, title: view.title, description: `${view.title}: ${caption}` } };
}

/** Return the route data of a translated revision's permanent page (`/<lang>/<policy>/<date>/`). */
export function translatedRevisionRouteData(view: TranslatedPolicy, entry: TranslatedEntry): Promise<TranslatedRevisionPageData> {
  return revisionPage(view, entry, { kind: 'revision', effective: entry.source.revision.effective });
}

async function revisionPage(view: TranslatedPolicy, entry: TranslatedEntry, page: PolicyPage): Promise<TranslatedRevisionPageData> {
  const ui = uiStrings(view.lang);
  const { policy, lang } = view;
  const { revision: source } = entry.source;
  const effective = source.effective;
  const versions = await languageVersions(policy, page, lang);
  const head: PageHead = {
    ...translatedHead(view),
    ...versions,
    title: ui.revision.title(view.title, effective),
    description: ui.revision.description(view.title, effective),
    json: source.declaration
      ? { title: ui.revision.declarationOf(effective), href: sitePath(declarationUrl(policy.slug, effective)) }
      : undefined,
    print: printStyle({
      heading: ui.revision.title(view.title, effective),
      url: absoluteUrl(languageUrl(lang, revisionUrl(policy.slug, effective))),
      pageCount: ui.print.pageCount,
    }),
  };
  return { head, article: article(view, entry), translation: translationNotice(view, entry) };
}

function article(view: TranslatedPolicy, entry: TranslatedEntry): RevisionArticleData {
  const { policy, lang } = view;
  const { revision: source } = entry.source;
  const effective = source.effective;
  const permanent = languageUrl(lang, revisionUrl(policy.slug, effective));
  return {
    lang,
    title: view.title,
    titleLang: view.titleTranslated ? undefined : siteConfig.lang,
    effective,
    published: source.published,
    change: source.change,
    ...summaryOf(source, entry.translation),
    status: statusNotice(view, entry),
    historyUrl: sitePath(languageUrl(lang, historyUrl(policy.slug))),
    permanentUrl: sitePath(permanent),
    permanentAbsoluteUrl: absoluteUrl(permanent),
    declarationUrl: source.declaration ? sitePath(declarationUrl(policy.slug, effective)) : undefined,
    deviceStorageUrl: hasDeviceStorageDisclosure(entry.source) ? sitePath(deviceStorageUrl(policy.slug, effective)) : undefined,
    // The source's corrections are the source's: the notice says whether this translation includes them.
    corrections: [],
    whatChanged: whatChanged(view, entry),
    html: translationHtml(entry.translation),
    sections: undefined,
    integrity: {
      sha256: entry.translation.sha256,
      // Translations are not in the lock's chain: their hashes are published, not recorded on publication.
      locked: false,
      sourceUrl: sitePath(sourceUrl(entry.translation.sha256)),
      // How to check it, and that translations are published, not recorded.
      howUrl: `${sitePath(INTEGRITY_URL)}#translations`,
      translationOf: { lang: siteConfig.lang, sha256: entry.translation.translationOf },
    },
    feeds: translatedFeedLinks(view),
  };
}

// The status is the source revision's. "The current version" is this language's page when the
// revision in force is translated, else the source-language page.
function statusNotice(view: TranslatedPolicy, entry: TranslatedEntry): StatusNoticeData {
  const { policy, lang } = view;
  const { revision, status, until } = entry.source;
  const currentUrl = sitePath(view.lag.inForce ? languageUrl(lang, policyUrl(policy.slug)) : policyUrl(policy.slug));
  const next = status === 'in-force' ? policy.timeline.upcoming[0]?.revision : undefined;
  const nextTranslated = next && translatedEntryOf(view, next.effective);
  return {
    status,
    effective: revision.effective,
    published: revision.published,
    until,
    policyInForce: policy.timeline.inForce !== undefined,
    currentUrl,
    currentLang: view.lag.inForce ? undefined : siteConfig.lang,
    // An announced version without a translation is announced by the translation notice instead.
    nextUpcoming: nextTranslated && {
      effective: nextTranslated.source.revision.effective,
      url: sitePath(languageUrl(lang, revisionUrl(policy.slug, nextTranslated.source.revision.effective))),
    },
  };
}

function whatChanged(view: TranslatedPolicy, entry: TranslatedEntry): WhatChangedData | undefined {
  const { policy, lang } = view;
  const index = view.entries.indexOf(entry);
  const previous = view.entries[index - 1];
  const inForce = view.entries.find((e) => e.source.status === 'in-force');
  const pairs = translatedComparePairs(view);
  const url = (from: TranslatedEntry, to: TranslatedEntry): string | undefined =>
    pairs.some((pair) => pair.from === from && pair.to === to)
      ? sitePath(languageUrl(lang, compareUrl(policy.slug, from.source.revision.effective, to.source.revision.effective)))
      : undefined;
  const status = entry.source.status;
  const againstInForceUrl =
    inForce && status === 'superseded' ? url(entry, inForce) : inForce && status === 'upcoming' ? url(inForce, entry) : undefined;
  const previousUrl = previous && url(previous, entry);
  if (!previous || !previousUrl) return againstInForceUrl ? { againstInForceUrl } : undefined;
  return {
    previous: {
      effective: previous.source.revision.effective,
      stats: redlineBetween(previous.revision, entry.revision).stats,
      url: previousUrl,
    },
    againstInForceUrl,
  };
}

function translationNotice(view: TranslatedPolicy, entry: TranslatedEntry): TranslationNoticeData {
  const { policy, lang, lag } = view;
  const slug = policy.slug;
  const source: SiteRevision = entry.source.revision;
  const inForce = policy.timeline.inForce?.revision;
  // The lag and what is announced are said where readers of the language are sent for the policy:
  // its page in the language, and the permanent page of the same translation.
  const current = entry === policyPageEntry(view);
  const upcoming = current ? lag.untranslated.find((item) => item.status === 'upcoming' && !item.outdated) : undefined;
  const correction =
    entry.translation.state === 'outdated'
      ? source.errata?.find((erratum) => erratum.previousSha256 === entry.translation.translationOf)
      : undefined;
  return {
    lang,
    sourceLang: siteConfig.lang,
    translated: { effective: source.effective, url: sitePath(revisionUrl(slug, source.effective)) },
    state: entry.translation.state,
    lag:
      inForce && current && inForce.effective !== source.effective
        ? {
            inForce: inForce.effective,
            inForceUrl: sitePath(policyUrl(slug)),
            // Older first: the translated version may be an older one, or (when only one still to come is translated) a newer one.
            compareUrl: sitePath(
              source.effective < inForce.effective
                ? compareUrl(slug, source.effective, inForce.effective)
                : compareUrl(slug, inForce.effective, source.effective),
            ),
          }
        : undefined,
    // The source's page shows its corrections, each with its redline, under this heading.
    outdated: correction && { date: correction.date, url: `${sitePath(revisionUrl(slug, source.effective))}#redline-corrections` },
    upcoming: upcoming && { effective: upcoming.effective, url: sitePath(revisionUrl(slug, upcoming.effective)) },
  };
}
