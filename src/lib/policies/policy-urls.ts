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

/** Return the URL of a policy's RSS feed, or of the feed across all policies. */
export function feedUrl(policy?: string): string {
  return policy === undefined ? '/changelog.xml' : `/${policy}/changelog.xml`;
}

/** Return the URL of a revision's cookie declaration JSON, or (without a date) of the one in force. */
export function declarationUrl(policy: string, effective?: CalendarDate): string {
  return effective === undefined ? `/api/${policy}/declaration.json` : `/api/${policy}/${effective}/declaration.json`;
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
