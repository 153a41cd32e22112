import { uiStrings } from '../lib/i18n/index.ts';
import { compareUrl, historyUrl, policyUrl, revisionUrl } from '../lib/policies/index.ts';
import { languageUrl } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import type { ChangelogItem, ChangelogPageData } from './changelog.ts';
import { chartRevisions, wordsChanged, type HistoryItem, type HistoryPageData } from './history-items.ts';
import { languageVersions } from './language-versions.ts';
import { redlineBetween } from './redlines.ts';
import { sitePath } from './site-url.ts';
import { translatedComparePairs } from './translated-compare-pairs.ts';
import { translatedEntryOf, translatedSummary, type TranslatedPolicy } from './translated-policies.ts';
import { translatedFeedLinks } from './translated-feeds.ts';
import { translatedHead } from './translated-head.ts';

/**
 * Return every visible version of a policy, newest first, as its history in one language lists it:
 * a translated version links to its page and its redline in that language; a version not translated
 * (yet) is listed too, marked, with its page in the source language, so the history never hides a change.
 */
function translatedHistoryItems(view: TranslatedPolicy): HistoryItem[] {
  const { policy, lang } = view;
  const pairs = translatedComparePairs(view);
  return [...policy.timeline.entries].reverse().map(({ revision, status, until }): HistoryItem => {
    const entry = translatedEntryOf(view, revision.effective);
    const pair = entry && pairs.find((p) => p.to === entry && p.from === view.entries[view.entries.indexOf(entry) - 1]);
    return {
      effective: revision.effective,
      url: sitePath(entry ? languageUrl(lang, revisionUrl(policy.slug, revision.effective)) : revisionUrl(policy.slug, revision.effective)),
      untranslatedLang: entry ? undefined : siteConfig.lang,
      outdated: entry?.translation.state === 'outdated',
      status,
      until,
      change: revision.change,
      published: revision.published,
      ...translatedSummary(view, revision),
      previous:
        pair && entry
          ? {
              effective: pair.from.source.revision.effective,
              compareUrl: sitePath(languageUrl(lang, compareUrl(policy.slug, pair.from.source.revision.effective, revision.effective))),
              words: wordsChanged(redlineBetween(pair.from.revision, entry.revision).stats),
            }
          : undefined,
    };
  });
}

/** Return the route data of a policy's history in one of its translation languages (`/<lang>/<policy>/history/`). */
export async function translatedHistoryRouteData(view: TranslatedPolicy): Promise<HistoryPageData> {
  const { policy, lang } = view;
  const ui = uiStrings(lang);
  const items = translatedHistoryItems(view);
  const versions = await languageVersions(policy, { kind: 'history' }, lang);
  return {
    head: {
      ...translatedHead(view),
      ...versions,
      title: ui.history.title(view.title),
      description: ui.history.description(view.title),
    },
    lang,
    policyTitle: view.title,
    inForceUrl: sitePath(view.lag.inForce ? languageUrl(lang, policyUrl(policy.slug)) : policyUrl(policy.slug)),
    inForceLang: view.lag.inForce ? undefined : siteConfig.lang,
    items,
    // The chart measures each version against the one before it: a language that has not translated
    // every version has no such measure for all, and its first translation is not the first version.
    chart: items.every((item) => item.untranslatedLang === undefined) ? chartRevisions(items) : [],
    feeds: translatedFeedLinks(view),
  };
}

/**
 * Return the route data of a policy's changelog in one of its translation languages
 * (`/<lang>/<policy>/changelog/`): every change, newest first, as the language's history lists them.
 */
export async function translatedChangelogRouteData(view: TranslatedPolicy): Promise<ChangelogPageData> {
  const { policy, lang } = view;
  const ui = uiStrings(lang);
  const entries = translatedHistoryItems(view).map(
    ({ effective, url, status, change, published, summary, summaryLang, untranslatedLang, outdated, previous }): ChangelogItem => {
      const entry = translatedEntryOf(view, effective);
      const before = entry && previous && translatedEntryOf(view, previous.effective);
      return {
        policyTitle: view.title,
        url,
        status,
        effective,
        published,
        change,
        summary,
        summaryLang,
        untranslatedLang,
        outdated,
        first: effective === policy.timeline.entries[0]?.revision.effective,
        redline: entry && before && previous && { stats: redlineBetween(before.revision, entry.revision).stats, url: previous.compareUrl },
      };
    },
  );
  return {
    head: {
      ...translatedHead(view),
      ...(await languageVersions(policy, { kind: 'changelog' }, lang)),
      title: ui.changelog.policyTitle(view.title),
      description: ui.changelog.policyDescription(view.title),
    },
    lang,
    policy: { title: view.title, historyUrl: sitePath(languageUrl(lang, historyUrl(policy.slug))) },
    feeds: translatedFeedLinks(view),
    entries,
  };
}
