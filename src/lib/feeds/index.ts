export { feedLinks, feedTitle } from './feed-links.ts';
export type { FeedLink, FeedSite, FeedTitle } from './feed-links.ts';
export { JSON_FEED_VERSION, jsonFeed } from './json-feed.ts';
export type { FeedEntry, JsonFeed, JsonFeedHeader, JsonFeedItem, RedlineItemExtension } from './json-feed.ts';
