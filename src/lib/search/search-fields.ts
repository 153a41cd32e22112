import { formatDate, type CalendarDate } from '../dates/index.ts';
import type { RevisionStatus } from '../policies/index.ts';

/** The search page. */
export const SEARCH_URL = '/search/';

/** The folder of the built site that holds the search index and Pagefind's script (`<outDir>/pagefind/`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The value of the `status` filter for each status of a revision, as the search page offers it. */
export const STATUS_FILTER: Readonly<Record<RevisionStatus, string>> = {
  'in-force': 'In force',
  superseded: 'Superseded',
  upcoming: 'Upcoming',
};

/** Return the status whose `status` filter value is `value` (`In force` → `in-force`), or undefined. */
export function statusOfFilter(value: string | undefined): RevisionStatus | undefined {
  return (Object.keys(STATUS_FILTER) as RevisionStatus[]).find((status) => STATUS_FILTER[status] === value);
}

/** What the search index records of one revision page: its filters and the metadata a result shows. */
export interface RevisionSearchFields {
  /** Filter `policy`: the policy's title. */
  policy: string;
  /** Filter `status`: `In force`, `Superseded` or `Upcoming`, as of the build's day. */
  status: string;
  /** Filter `year`: the year the revision takes effect. */
  year: string;
  /** Meta `title`: e.g. `Cookie Policy, version of March 14, 2026`. */
  title: string;
  /** Meta and sort key `date`: the day it takes effect, `YYYY-MM-DD`. */
  date: CalendarDate;
}

/** Return the value of the `year` filter of a revision that takes effect on `effective`. */
export function searchYear(effective: CalendarDate): string {
  return effective.slice(0, 4);
}

/** Return what the search index records of a revision of the policy titled `policyTitle`. */
export function revisionSearchFields(policyTitle: string, status: RevisionStatus, effective: CalendarDate): RevisionSearchFields {
  return {
    policy: policyTitle,
    status: STATUS_FILTER[status],
    year: searchYear(effective),
    title: `${policyTitle}, version of ${formatDate(effective)}`,
    date: effective,
  };
}

/**
 * Return the attributes that make an element the indexed text of a page (Pagefind's
 * `data-pagefind-body`) and give the page its filters, its metadata and its `date` to sort by.
 * Values are read from attributes of their own (`policy[data-search-policy]`), so a title with a
 * comma or colon stays one value.
 */
export function searchBodyAttributes(fields: RevisionSearchFields): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': 'policy[data-search-policy], status[data-search-status], year[data-search-year]',
    'data-pagefind-meta': 'title[data-search-title], date[data-search-date]',
    'data-pagefind-sort': 'date[data-search-date]',
    'data-search-policy': fields.policy,
    'data-search-status': fields.status,
    'data-search-year': fields.year,
    'data-search-title': fields.title,
    'data-search-date': fields.date,
  };
}
