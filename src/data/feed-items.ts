import type { RSSFeedItem } from '@astrojs/rss';
import { formatDate } from '../lib/dates/index.ts';
import { changelogEntries, compareUrl, INTEGRITY_URL, revisionUrl } from '../lib/policies/index.ts';
import { integrityHead } from './integrity.ts';
import { revisionSha256 } from './sources.ts';
import { renderRedline } from '../lib/redline/index.ts';
import { escapeHtml } from '../lib/text/escape-html.ts';
import { loadPolicies, type SitePolicy } from './policies.ts';
import { redlineBetween } from './redlines.ts';
import { absoluteUrl } from './site-url.ts';
import { siteConfig } from '../site.config.ts';

const LABELS = { material: 'material change', editorial: 'editorial change', technical: 'technical change' } as const;

/**
 * Build the feed items of some policies (all by default), newest first: one per visible revision,
 * dated from its announcement (or effective day), whose permanent revision URL is its guid, and whose
 * content is its summary and its inline redline against the previous revision.
 */
export async function feedItems(only?: SitePolicy): Promise<RSSFeedItem[]> {
  const policies = only ? [only] : await loadPolicies();
  const titles = new Map(policies.map((p) => [p.slug, p.meta.title]));
  const head = integrityHead();
  const integrity = absoluteUrl(INTEGRITY_URL);
  return changelogEntries(policies).map(({ policy, revision, previous }) => {
    const title = titles.get(policy) ?? policy;
    const when = formatDate(revision.effective);
    const label = revision.change ? ` (${LABELS[revision.change]})` : '';
    const summary = revision.summary ?? 'First published version.';
    let content = `<p>${escapeHtml(summary)}</p>`;
    if (previous) {
      const compare = absoluteUrl(compareUrl(policy, previous.effective, revision.effective));
      const redline = redlineBetween(previous, revision);
      content += `<p>Changes since the version of ${formatDate(previous.effective)} (<a href="${compare}">open the redline</a>):</p>${renderRedline(redline, { view: 'inline', linkBase: compare, siteBase: siteConfig.base })}`;
    }
    // Every item carries the record's head: a reader who keeps the feed keeps proof of the record as it was.
    content += `<p>Source SHA-256: <code>${revisionSha256(revision)}</code>. Record head: <code>${head.head}</code> (${head.entries} entries; <a href="${integrity}">how to check</a>).</p>`;
    return {
      title: `${title}: version effective ${when}${label}`,
      link: absoluteUrl(revisionUrl(policy, revision.effective)),
      pubDate: new Date(`${revision.published ?? revision.effective}T00:00:00Z`),
      description: summary,
      content,
      categories: revision.change ? [revision.change] : [],
    };
  });
}
