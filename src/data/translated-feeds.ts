import type { APIRoute, GetStaticPaths } from 'astro';
import { feedLinks, feedTitle, type FeedEntry, type FeedLink } from '../lib/feeds/index.ts';
import { languageName, uiStrings } from '../lib/i18n/index.ts';
import { compareUrl, feedUrl, policyUrl, revisionUrl, type FeedFormat, type FeedScope } from '../lib/policies/index.ts';
import { escapeHtml } from '../lib/text/escape-html.ts';
import { languageUrl } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import { feedResponse, itemContent, recordHtml } from './feeds.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { revisionSha256 } from './sources.ts';
import { translatedComparePairs } from './translated-compare-pairs.ts';
import { translatedPolicyPaths } from './translated-paths.ts';
import { summaryOf, translatedEntryOf, type TranslatedPolicy } from './translated-policies.ts';

/**
 * The entries of a policy's feed in one of its translation languages, newest first: one per visible
 * version (or per material one), as the source-language feed has them — a translated version with
 * its translated summary, its page and its redline in the language; a version not translated (yet)
 * with its page in the source language and an item that says it is not translated, so that a reader
 * of the language hears of every change.
 */
function translatedFeedEntries(view: TranslatedPolicy, scope: FeedScope): FeedEntry[] {
  const { policy, lang } = view;
  const ui = uiStrings(lang);
  const slug = policy.slug;
  const pairs = translatedComparePairs(view);
  const sourceLanguage = languageName(siteConfig.lang, lang);
  return [...policy.timeline.entries]
    .reverse()
    .filter(({ revision }) => scope === 'all' || revision.change === 'material')
    .map(({ revision: source, previous: sourcePrevious }): FeedEntry => {
      const effective = source.effective;
      const entry = translatedEntryOf(view, effective);
      const extension = {
        policy: slug,
        version: effective,
        effective,
        published: source.published ?? null,
        change: source.change ?? null,
      };
      if (!entry) {
        // Text in the source language, said to be so: the item's HTML marks it with its language.
        const url = absoluteUrl(revisionUrl(slug, effective));
        const read = `<a href="${url}" hreflang="${siteConfig.lang}">${escapeHtml(ui.translation.readIn(sourceLanguage))}</a>`;
        const summary = source.summary
          ? `<p lang="${siteConfig.lang}">${escapeHtml(source.summary)}</p>`
          : `<p>${escapeHtml(ui.feeds.firstVersion)}</p>`;
        return {
          url,
          title: `${ui.feeds.itemTitle(view.title, effective, source.change)} · ${ui.translation.notTranslated}`,
          summary: source.summary ?? ui.feeds.firstVersion,
          contentHtml: `${summary}<p>${escapeHtml(`${ui.translation.notTranslated}${ui.colon}`)}${read}.</p>${recordHtml(revisionSha256(source), lang)}`,
          date: source.published ?? effective,
          redline: {
            ...extension,
            sha256: revisionSha256(source),
            redlineUrl: sourcePrevious ? absoluteUrl(compareUrl(slug, sourcePrevious.effective, effective)) : null,
          },
        };
      }
      const previous = view.entries[view.entries.indexOf(entry) - 1];
      const pair = previous && pairs.find((p) => p.from === previous && p.to === entry);
      const compareRoute = pair && languageUrl(lang, compareUrl(slug, pair.from.source.revision.effective, effective));
      return {
        url: absoluteUrl(languageUrl(lang, revisionUrl(slug, effective))),
        title: `${ui.feeds.itemTitle(view.title, effective, source.change)}${entry.translation.state === 'outdated' ? ` · ${ui.translation.outOfDate}` : ''}`,
        summary: entry.revision.summary ?? ui.feeds.firstVersion,
        contentHtml: itemContent({
          revision: entry.revision,
          previous: pair?.from.revision,
          compareRoute,
          lang,
          summaryLang: summaryOf(source, entry.translation).summaryLang,
          translationOf: { lang: siteConfig.lang, sha256: entry.translation.translationOf },
        }),
        date: source.published ?? effective,
        redline: { ...extension, sha256: entry.translation.sha256, redlineUrl: compareRoute ? absoluteUrl(compareRoute) : null },
      };
    });
}

/** The feeds of a policy in one of its translation languages, as its pages link them: each kind, its route under `/<lang>/`. */
export function translatedFeedLinks(view: TranslatedPolicy): (FeedLink & { href: string })[] {
  return feedLinks(siteConfig, { slug: view.policy.slug, title: view.title }, view.lang).map((feed) => {
    const route = languageUrl(view.lang, feed.route);
    return { ...feed, route, href: sitePath(route) };
  });
}

/** The `getStaticPaths` and `GET` of a policy's feed route in a translation language (`src/pages/[lang]/[policy]/changelog.xml.ts` and its siblings). */
export function translatedFeedRoute(
  scope: FeedScope,
  format: FeedFormat,
): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ view: TranslatedPolicy }> } {
  return {
    getStaticPaths: translatedPolicyPaths,
    GET: ({ props: { view } }) => {
      const { title, description } = feedTitle(siteConfig, view.title, scope, view.lang);
      const meta = {
        title,
        description,
        homeRoute: languageUrl(view.lang, policyUrl(view.policy.slug)),
        feedRoute: languageUrl(view.lang, feedUrl(view.policy.slug, { scope, format })),
        lang: view.lang,
      };
      return feedResponse(format, meta, translatedFeedEntries(view, scope));
    },
  };
}
