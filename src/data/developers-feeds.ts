import { FEED_KINDS, feedUrl, type FeedFormat, type FeedScope } from '../lib/policies/index.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { FEED_DOCS_URL, feedEntries, RSS_NAMESPACE } from './feeds.ts';
import { loadPolicies } from './policies.ts';

/** The URL of each feed of one policy (or of every policy), by scope and format. */
export type FeedUrls = Record<FeedScope, Record<FeedFormat, string>>;

/** What the developers page says about the feeds (its `#feeds` section, the documentation of their extensions). */
export interface DevelopersFeedsData {
  /** The feeds of one policy, `<policy>` standing for its folder name, and of the whole site. */
  policyFeeds: FeedUrls;
  siteFeeds: FeedUrls;
  /** The XML namespace of the `redline:` elements of RSS items. */
  namespace: string;
  /** Code samples from the site's own newest feed item, as shown; none when no policy is published. */
  samples?: { rss: string; json: string; follow: string } | undefined;
}

function feedUrls(policy?: string): FeedUrls {
  const urls: FeedUrls = { all: { rss: '', json: '' }, material: { rss: '', json: '' } };
  for (const { scope, format } of FEED_KINDS) urls[scope][format] = sitePath(feedUrl(policy, { scope, format }));
  return urls;
}

/** Return the data of the developers page's section on feeds, its samples taken from the first policy's newest version. */
export async function developersFeedsData(): Promise<DevelopersFeedsData> {
  const [policy] = await loadPolicies();
  const [entry] = policy ? await feedEntries(policy, 'all') : [];
  const data: DevelopersFeedsData = { policyFeeds: feedUrls('<policy>'), siteFeeds: feedUrls(), namespace: RSS_NAMESPACE };
  if (!policy || !entry) return data;
  const { redline } = entry;
  const rss = [
    `<rss version="2.0" xmlns:redline="${RSS_NAMESPACE}" …>`,
    '  <item>',
    `    <link>${entry.url}</link>`,
    ...(redline.change ? [`    <category>${redline.change}</category>`] : []),
    `    <redline:policy>${redline.policy}</redline:policy>`,
    `    <redline:effective>${redline.effective}</redline:effective>`,
    `    <redline:sha256>${redline.sha256}</redline:sha256>`,
    '    …',
  ].join('\n');
  const json = JSON.stringify(
    { id: entry.url, tags: redline.change ? [redline.change] : [], _redline: { about: absoluteUrl(FEED_DOCS_URL), ...redline } },
    null,
    2,
  );
  const follow = [
    '// Hear of the changes that matter: poll the material-changes feed, e.g. once a day.',
    `const feed = await (await fetch('${absoluteUrl(feedUrl(policy.slug, { scope: 'material', format: 'json' }))}')).json();`,
    'const latest = feed.items[0];',
    "// An item is a version: its id is the version's permanent URL (an erratum changes its hash, not its id).",
    'if (latest && latest.id !== lastSeenId) {',
    '  notify(`${latest.title}: ${latest.summary} ${latest._redline.redlineUrl ?? latest.url}`);',
    '}',
  ].join('\n');
  return { ...data, samples: { rss, json, follow } };
}
