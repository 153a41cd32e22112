import { feedUrl } from '../lib/policies/index.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { FEED_DOCS_URL } from './feeds.ts';

/** What the developers page says about the feeds (its `#feeds` section, the documentation of their extensions). */
export interface DevelopersFeedsData {
  /** The feeds of one policy, `<policy>` standing for its folder name, and of the whole site: every change, then material changes only. */
  policyFeeds: { all: { rss: string; json: string }; material: { rss: string; json: string } };
  siteFeeds: { all: { rss: string; json: string }; material: { rss: string; json: string } };
  /** The XML namespace of the `redline:` elements of RSS items. */
  namespace: string;
  /** Code samples, as shown. */
  samples: { rss: string; json: string; follow: string };
}

function feeds(policy?: string): DevelopersFeedsData['siteFeeds'] {
  const at = (scope: 'all' | 'material', format: 'rss' | 'json'): string => sitePath(feedUrl(policy, { scope, format }));
  return {
    all: { rss: at('all', 'rss'), json: at('all', 'json') },
    material: { rss: at('material', 'rss'), json: at('material', 'json') },
  };
}

/** Return the data of the developers page's section on feeds. */
export function developersFeedsData(): DevelopersFeedsData {
  const namespace = absoluteUrl(FEED_DOCS_URL);
  const rss = [
    `<rss version="2.0" xmlns:redline="${namespace}" …>`,
    '  <item>',
    '    <title>Cookie Policy: version effective March 14, 2026 (material change)</title>',
    '    <category>material</category>',
    '    <redline:policy>cookies</redline:policy>',
    '    <redline:effective>2026-03-14</redline:effective>',
    '    <redline:sha256>…64 hex digits…</redline:sha256>',
    '    …',
  ].join('\n');
  const json = JSON.stringify(
    {
      id: absoluteUrl('/cookies/2026-03-14/'),
      tags: ['material'],
      _redline: {
        about: namespace,
        policy: 'cookies',
        version: '2026-03-14',
        effective: '2026-03-14',
        published: '2026-02-28',
        change: 'material',
        sha256: '…64 hex digits…',
        redlineUrl: absoluteUrl('/cookies/compare/2025-09-01...2026-03-14/'),
      },
    },
    null,
    2,
  );
  const follow = [
    '// Tell your team when a policy changes in a way that matters: poll the material-changes feed.',
    `const feed = await (await fetch('${absoluteUrl(feedUrl('cookies', { scope: 'material', format: 'json' }))}')).json();`,
    'const latest = feed.items[0];',
    'if (latest && latest._redline.sha256 !== lastSeenSha256) {',
    '  notify(`${latest.title}: ${latest.summary} — ${latest._redline.redlineUrl}`);',
    '}',
  ].join('\n');
  return { policyFeeds: feeds('<policy>'), siteFeeds: feeds(), namespace, samples: { rss, json, follow } };
}
