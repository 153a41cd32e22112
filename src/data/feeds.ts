import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { feedLinks, feedTitle, jsonFeed, type FeedEntry, type FeedLink } from '../lib/feeds/index.ts';
import { fillTemplate, languageName, uiStrings } from '../lib/i18n/index.ts';
import {
  changelogEntries,
  compareUrl,
  DEVELOPERS_URL,
  feedUrl,
  INTEGRITY_URL,
  policyUrl,
  revisionUrl,
  type FeedFormat,
  type FeedScope,
} from '../lib/policies/index.ts';
import { renderRedline } from '../lib/redline/index.ts';
import { escapeHtml } from '../lib/text/escape-html.ts';
import { siteConfig } from '../site.config.ts';
import { jsonResponse } from './declarations.ts';
import { integrityHead } from './integrity.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';
import { policyPaths } from './policy-paths.ts';
import { redlineBetween } from './redlines.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { revisionSha256 } from './sources.ts';

/** Where the feeds, and the `redline:` elements and `_redline` object of their items, are documented. */
export const FEED_DOCS_URL = `${DEVELOPERS_URL}#feeds`;

/** What an item's HTML is made of: a revision, the one before it and their redline's page, in a language. */
export interface ItemContent {
  /** The revision (or a translation read as one: its summary, text and hash are the translation's). */
  revision: SiteRevision;
  /** The revision before it, the other side of its redline, if any. */
  previous?: SiteRevision | undefined;
  /** The route of the redline between them. */
  compareRoute?: string | undefined;
  /** The language of the item's text. */
  lang: string;
  /** The summary's language, when it is not `lang` (a translation that gives none shows the source's). */
  summaryLang?: string | undefined;
  /** For a translation read as a revision: the language and hash of the source it translates. */
  translationOf?: { lang: string; sha256: string } | undefined;
}

// An item's HTML holds a rendered redline: computed once per pair and language, whichever feeds carry it.
const contents = keyedCache(({ revision, previous, compareRoute, lang, summaryLang, translationOf }: ItemContent): string => {
  const ui = uiStrings(lang);
  // The template's own text is escaped; the values put in it are HTML already.
  const html = (template: string, values: Record<string, string>): string => fillTemplate(template, values, escapeHtml);
  // An item of a policy's first version, which has no summary of changes, says it is the first.
  let content = revision.summary
    ? `<p${summaryLang ? ` lang="${summaryLang}"` : ''}>${escapeHtml(revision.summary)}</p>`
    : `<p>${escapeHtml(ui.feeds.firstVersion)}</p>`;
  if (previous && compareRoute) {
    const compare = absoluteUrl(compareRoute);
    const redline = redlineBetween(previous, revision);
    const since = html(ui.feeds.changesSince, {
      date: escapeHtml(ui.date(previous.effective)),
      link: `<a href="${compare}">${escapeHtml(ui.feeds.openRedline)}</a>`,
    });
    content += `<p>${since}</p>${renderRedline(redline, { view: 'inline', linkBase: compare, siteBase: siteConfig.base, cues: ui.redline })}`;
  }
  return content + recordHtml(revisionSha256(revision), lang, translationOf);
});

/**
 * Return the paragraph that ends every item: the hash of its source and the record's head — a reader
 * who keeps the feed keeps proof of the record as it was.
 */
export function recordHtml(sha256: string, lang: string, translationOf?: { lang: string; sha256: string }): string {
  const ui = uiStrings(lang);
  const head = integrityHead();
  const values = {
    sha: `<code>${sha256}</code>`,
    head: `<code>${head.head}</code>`,
    entries: escapeHtml(ui.feeds.entries(head.entries)),
    how: `<a href="${absoluteUrl(INTEGRITY_URL)}">${escapeHtml(ui.feeds.howToCheck)}</a>`,
  };
  // A translation is published, not recorded: its line says so, and names the recorded source it translates.
  const record = translationOf
    ? fillTemplate(
        ui.feeds.translationRecord,
        { ...values, language: escapeHtml(languageName(translationOf.lang, lang)), source: `<code>${translationOf.sha256}</code>` },
        escapeHtml,
      )
    : fillTemplate(ui.feeds.record, values, escapeHtml);
  return `<p>${record}</p>`;
}

/**
 * Return an item's HTML: its summary, its inline redline against the revision before it, its source's
 * hash and the record's head — computed once per pair and language, whichever feeds carry it.
 */
export function itemContent(item: ItemContent): string {
  const { revision, previous, lang } = item;
  // The HTML prints the record's head too: a lock written while `astro dev` runs changes it.
  const key = `${lang}/${revision.policy}/${previous ? revisionSha256(previous) : ''}/${revisionSha256(revision)}/${integrityHead().head}`;
  return contents.get(key, item);
}

/**
 * The entries of a feed of some policies (all by default), newest first: one per visible revision —
 * or, for the `material` scope, per revision labelled material — dated from its announcement (or
 * effective day), whose permanent revision URL is its id, and whose content is its summary and its
 * inline redline against the previous revision; its text in `lang` (default: the site's).
 */
export async function feedEntries(only: SitePolicy | undefined, scope: FeedScope, lang: string = siteConfig.lang): Promise<FeedEntry[]> {
  const ui = uiStrings(lang);
  const policies = only ? [only] : await loadPolicies();
  const titles = new Map(policies.map((p) => [p.slug, p.meta.title]));
  const entries = changelogEntries(policies).filter(({ revision }) => scope === 'all' || revision.change === 'material');
  return entries.map((entry) => {
    const { policy, revision, previous } = entry;
    const sha256 = revisionSha256(revision);
    return {
      url: absoluteUrl(revisionUrl(policy, revision.effective)),
      title: ui.feeds.itemTitle(titles.get(policy) ?? policy, revision.effective, revision.change),
      summary: revision.summary ?? ui.feeds.firstVersion,
      contentHtml: itemContent({
        revision,
        previous,
        compareRoute: previous && compareUrl(policy, previous.effective, revision.effective),
        lang,
      }),
      date: revision.published ?? revision.effective,
      redline: {
        policy,
        version: revision.effective,
        effective: revision.effective,
        published: revision.published ?? null,
        change: revision.change ?? null,
        sha256,
        redlineUrl: previous ? absoluteUrl(compareUrl(policy, previous.effective, revision.effective)) : null,
      },
    };
  });
}

/**
 * The XML namespace of the `redline:` elements of RSS items: one name on every Redline site, so a
 * reader of several sites' feeds matches one namespace (documented on each site's developers page).
 */
export const RSS_NAMESPACE = 'urn:x-redline:feed:1';

function rssItem(entry: FeedEntry): RSSFeedItem {
  const { redline } = entry;
  return {
    title: entry.title,
    link: entry.url,
    pubDate: new Date(`${entry.date}T00:00:00Z`),
    // RSS readers show an item's description as HTML: the summary is text, so it goes in escaped.
    description: escapeHtml(entry.summary),
    content: entry.contentHtml,
    categories: redline.change ? [redline.change] : [],
    // Hex digits, dates and a folder name: nothing here needs escaping.
    customData:
      `<redline:policy>${redline.policy}</redline:policy><redline:effective>${redline.effective}</redline:effective>` +
      `<redline:sha256>${redline.sha256}</redline:sha256>`,
  };
}

/** What a feed says of itself: its name and description, its home page and own URL (routes), its language. */
export interface FeedMeta {
  title: string;
  description: string;
  homeRoute: string;
  feedRoute: string;
  lang: string;
}

/** Write a feed's entries as RSS 2.0 or as JSON Feed 1.1. */
export async function feedResponse(format: FeedFormat, meta: FeedMeta, entries: readonly FeedEntry[]): Promise<Response> {
  const { title, description, lang } = meta;
  if (format === 'rss') {
    return rss({
      title,
      description,
      site: absoluteUrl(meta.homeRoute),
      xmlns: { redline: RSS_NAMESPACE },
      items: entries.map(rssItem),
      customData: `<language>${lang}</language>`,
    });
  }
  const header = {
    title,
    description,
    home_page_url: absoluteUrl(meta.homeRoute),
    feed_url: absoluteUrl(meta.feedRoute),
    language: lang,
    authors: [{ name: siteConfig.owner, url: siteConfig.ownerUrl }],
  };
  const response = jsonResponse(jsonFeed(header, entries, absoluteUrl(FEED_DOCS_URL)));
  response.headers.set('content-type', 'application/feed+json; charset=utf-8');
  return response;
}

/** The feed of one policy (or of all), every change or only the material ones, as RSS or JSON Feed, in `lang` (default: the site's). */
export async function policyFeed(
  policy: SitePolicy | undefined,
  scope: FeedScope,
  format: FeedFormat,
  lang: string = siteConfig.lang,
): Promise<Response> {
  const { title, description } = feedTitle(siteConfig, policy?.meta.title, scope, lang);
  const meta = {
    title,
    description,
    homeRoute: policy ? policyUrl(policy.slug) : '/',
    feedRoute: feedUrl(policy?.slug, { scope, format }),
    lang,
  };
  return feedResponse(format, meta, await feedEntries(policy, scope, lang));
}

/** The `GET` of a site-wide feed route (`src/pages/changelog.xml.ts` and its siblings). */
export function siteFeedRoute(scope: FeedScope, format: FeedFormat): APIRoute {
  return () => policyFeed(undefined, scope, format);
}

/** The `getStaticPaths` and `GET` of a policy's feed route (`src/pages/[policy]/changelog.xml.ts` and its siblings). */
export function policyFeedRoute(
  scope: FeedScope,
  format: FeedFormat,
): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ policy: SitePolicy }> } {
  return {
    getStaticPaths: policyPaths,
    GET: ({ props }) => policyFeed(props.policy, scope, format),
  };
}

/** The four feeds of a policy (or of the whole site), as a page links them: `href` under the base path, named in `lang` (default: the site's). */
export function feedLinksOnPage(policy?: SitePolicy, lang: string = siteConfig.lang): (FeedLink & { href: string })[] {
  return feedLinks(siteConfig, policy ? { slug: policy.slug, title: policy.meta.title } : undefined, lang).map((feed) => ({
    ...feed,
    href: sitePath(feed.route),
  }));
}
