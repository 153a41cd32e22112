import type { CalendarDate } from '../dates/index.ts';

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
