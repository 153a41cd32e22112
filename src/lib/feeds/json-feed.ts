import type { CalendarDate } from '../dates/index.ts';
import type { ChangeLabel } from '../declaration/change-labels.ts';

/** The `version` URL of the JSON Feed format this module writes. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** What Redline adds to each item under `_redline`, JSON Feed's way of extending an item. */
export interface RedlineItemExtension {
  /** Where the extension is described (JSON Feed asks extensions for an `about` URL). */
  about: string;
  /** The policy's folder name, e.g. `cookies`. */
  policy: string;
  /** The version: its effective date. */
  version: CalendarDate;
  /** The day it takes effect. */
  effective: CalendarDate;
  /** The day it was announced, if before it took effect. */
  published: CalendarDate | null;
  /** Its change label, or null for a policy's first version. */
  change: ChangeLabel | null;
  /** SHA-256 of the revision's source file, as published under /sources/. */
  sha256: string;
  /** The redline against the version before it, or null for the first. */
  redlineUrl: string | null;
}

/** One item of a JSON Feed 1.1 document, as Redline writes it. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  /** RFC 3339: the day of announcement at midnight UTC, as the RSS feed dates it. */
  date_published: string;
  tags: string[];
  _redline: RedlineItemExtension;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** The feed-wide fields of a JSON Feed. */
export type JsonFeedHeader = Omit<JsonFeed, 'version' | 'items'>;

/** One revision as a feed item, before it is written as RSS or JSON Feed. */
export interface FeedEntry {
  /** The permanent URL of the revision: the item's id and link. */
  url: string;
  title: string;
  /** The revision's summary, or a sentence saying it is the first version. */
  summary: string;
  /** The item's HTML: summary, inline redline, source hash and the record's head. */
  contentHtml: string;
  /** The day the item is dated: the revision's announcement, or its effective day. */
  date: CalendarDate;
  redline: Omit<RedlineItemExtension, 'about'>;
}

/** Write entries as a JSON Feed 1.1 document; `about` is the URL that documents the `_redline` extension. */
export function jsonFeed(header: JsonFeedHeader, entries: readonly FeedEntry[], about: string): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    ...header,
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: `${entry.date}T00:00:00Z`,
      tags: entry.redline.change ? [entry.redline.change] : [],
      _redline: { about, ...entry.redline },
    })),
  };
}
