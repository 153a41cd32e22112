import type { CalendarDate } from '../dates/index.ts';
import { pairKey } from './compare-pairs.ts';

/** Return the URL of a policy's page, which shows the revision in force. */
export function policyUrl(policy: string): string {
  return `/${policy}/`;
}

/** Return the permanent URL of one revision. */
export function revisionUrl(policy: string, effective: CalendarDate): string {
  return `/${policy}/${effective}/`;
}

/** Return the URL of a policy's history page. */
export function historyUrl(policy: string): string {
  return `/${policy}/history/`;
}

/** Return the URL of the history of one section of a policy (its id: src/lib/sections). */
export function sectionUrl(policy: string, section: string): string {
  return `/${policy}/sections/${section}/`;
}

/** The two ways a redline is shown: one column with insertions and deletions inline, or old and new side by side. */
export type CompareView = 'inline' | 'side-by-side';

/** Return the URL of the redline between two revisions of a policy (older first), in one of its views. */
export function compareUrl(policy: string, from: CalendarDate, to: CalendarDate, view: CompareView = 'inline'): string {
  return `/${policy}/compare/${pairKey(from, to)}/${view === 'side-by-side' ? 'side-by-side/' : ''}`;
}

/** Return the URL of the page that lets a reader choose two revisions to compare. */
export function compareChooserUrl(policy: string): string {
  return `/${policy}/compare/`;
}

/** Return the URL of a policy's changelog page, or of the changelog across all policies. */
export function changelogUrl(policy?: string): string {
  return policy === undefined ? '/changelog/' : `/${policy}/changelog/`;
}

/** Which revisions a feed carries: every new version, or only those labelled `material`. */
export type FeedScope = 'all' | 'material';

/** How a feed is written: RSS 2.0 or JSON Feed 1.1. */
export type FeedFormat = 'rss' | 'json';

/** Every feed a site publishes for one policy (or across all), each scope in each format. */
export const FEED_KINDS: readonly { scope: FeedScope; format: FeedFormat }[] = [
  { scope: 'all', format: 'rss' },
  { scope: 'all', format: 'json' },
  { scope: 'material', format: 'rss' },
  { scope: 'material', format: 'json' },
];

/**
 * Return the URL of a policy's feed, or of the feed across all policies: every change
 * (`changelog.xml`, `changelog.json`) or only the material ones (`material-changes.xml`, `.json`).
 */
export function feedUrl(policy?: string, { scope = 'all', format = 'rss' }: { scope?: FeedScope; format?: FeedFormat } = {}): string {
  const name = `${scope === 'all' ? 'changelog' : 'material-changes'}.${format === 'rss' ? 'xml' : 'json'}`;
  return policy === undefined ? `/${name}` : `/${policy}/${name}`;
}

/** Return the URL of a revision's cookie declaration JSON, or (without a date) of the one in force. */
export function declarationUrl(policy: string, effective?: CalendarDate): string {
  return effective === undefined ? `/api/${policy}/declaration.json` : `/api/${policy}/${effective}/declaration.json`;
}

const DATED_DECLARATION = /\/\d{4}-\d{2}-\d{2}\/declaration\.json$/;

/**
 * Return the URL of one revision's declaration next to a declaration URL, following the layout of
 * `declarationUrl`: `/api/cookies/declaration.json` or `/api/cookies/2026-03-14/declaration.json`
 * with version `2025-09-01` → `/api/cookies/2025-09-01/declaration.json`. The URL may be absolute,
 * under a base path or carry a query, which are kept (the consent banner is given such a URL and
 * reads older revisions beside it). Null when the URL does not end in `declaration.json`, so the
 * history cannot be found.
 */
export function revisionDeclarationUrl(url: string, version: CalendarDate): string | null {
  const [path = '', query] = url.split(/(?=[?#])/, 2);
  if (DATED_DECLARATION.test(path)) return path.replace(DATED_DECLARATION, `/${version}/declaration.json`) + (query ?? '');
  if (path === 'declaration.json' || path.endsWith('/declaration.json'))
    return `${path.slice(0, -'declaration.json'.length)}${version}/declaration.json${query ?? ''}`;
  return null;
}

/** The URL of the index of every policy and revision, as JSON. */
export const POLICIES_JSON_URL = '/api/policies.json';

/** The URL of the JSON Schema of the policies index, version 1. */
export const POLICIES_SCHEMA_URL = '/schemas/policies/v1.json';

/** The URL of the JSON Schema of cookie declarations, version 1. */
export const DECLARATION_SCHEMA_URL = '/schemas/cookie-declaration/v1.json';

/** The URL of the page for developers who integrate the JSON. */
export const DEVELOPERS_URL = '/developers/';

/** Return the URL of a revision source with the given SHA-256: the file, named by its hash. */
export function sourceUrl(sha256: string): string {
  return `/sources/${sha256}.mdx`;
}

/** The URL of the page that explains how to check a revision. */
export const INTEGRITY_URL = '/integrity/';

/** The JSON Schema of the lock file (version 2, the hash chain). */
export const LOCK_SCHEMA_URL = '/schemas/lock/v2.json';

/** Where the lock's whole hash chain is published, for anyone to verify (`npm run policy:verify`). */
export const INTEGRITY_LOCK_URL = '/integrity/redline.lock.json';

/** Where the site serves the consent script: versioned, so a breaking change gets `/consent/v2/`. */
export const CONSENT_SCRIPT_URL = '/consent/v1/consent.js';

/** The page that shows the consent banner working on the site's own declaration. */
export const CONSENT_DEMO_URL = '/consent/';

/**
 * Return the URL of a revision's IAB TCF device storage disclosure (the JSON a consent platform's
 * `deviceStorageDisclosureUrl` names), or (without a date) of the one in force.
 */
export function deviceStorageUrl(policy: string, effective?: CalendarDate): string {
  return effective === undefined ? `/api/${policy}/device-storage.json` : `/api/${policy}/${effective}/device-storage.json`;
}

/** Return the URL of a policy's versions JSON: every published version, its SHA-256s and which one is in force. */
export function versionsUrl(policy: string): string {
  return `/api/${policy}/versions.json`;
}

/** The URL of the JSON Schema of the versions document, version 1. */
export const VERSIONS_SCHEMA_URL = '/schemas/versions/v1.json';

/** Where the site serves the re-acceptance module: versioned, so a breaking change gets `/reacceptance/v2/`. */
export const REACCEPTANCE_MODULE_URL = '/reacceptance/v1/reacceptance.js';

/** The re-acceptance module's TypeScript declarations, beside it. */
export const REACCEPTANCE_TYPES_URL = '/reacceptance/v1/reacceptance.d.ts';
