import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../../../src/lib/dates/index.ts';
import { revisionSearchFields, searchBodyAttributes, searchYear, STATUS_FILTER, statusOfFilter } from '../../../src/lib/search/index.ts';

const day = (date: string): CalendarDate => date as CalendarDate;

describe('revisionSearchFields', () => {
  test('records a revision by its policy, status and year, with its title and date', () => {
    expect(revisionSearchFields('Cookie Policy', 'in-force', day('2026-03-14'))).toEqual({
      policy: 'Cookie Policy',
      status: 'In force',
      year: '2026',
      title: 'Cookie Policy, version of March 14, 2026',
      date: '2026-03-14',
    });
    expect(revisionSearchFields('Terms', 'superseded', day('2017-06-09')).status).toBe('Superseded');
    expect(revisionSearchFields('Terms', 'upcoming', day('2027-01-01')).status).toBe('Upcoming');
    expect(searchYear(day('2019-12-31'))).toBe('2019');
  });
});

describe('statusOfFilter', () => {
  test('reads a status back from its filter value', () => {
    for (const [status, value] of Object.entries(STATUS_FILTER)) expect(statusOfFilter(value)).toBe(status);
    expect(statusOfFilter('in-force')).toBeUndefined();
    expect(statusOfFilter(undefined)).toBeUndefined();
  });
});

describe('searchBodyAttributes', () => {
  test('marks the text for Pagefind and reads every filter and meta value from an attribute of its own', () => {
    const attributes = searchBodyAttributes(revisionSearchFields('Privacy, Cookies: and More', 'in-force', day('2026-03-14')));
    expect(attributes['data-pagefind-body']).toBe('');
    // A title with a comma or a colon stays one value: it is never written inline (`policy:…`).
    expect(attributes['data-pagefind-filter']).toBe('policy[data-search-policy], status[data-search-status], year[data-search-year]');
    expect(attributes['data-pagefind-meta']).toBe('title[data-search-title], date[data-search-date]');
    expect(attributes['data-pagefind-sort']).toBe('date[data-search-date]');
    expect(attributes).toMatchObject({
      'data-search-policy': 'Privacy, Cookies: and More',
      'data-search-status': 'In force',
      'data-search-year': '2026',
      'data-search-title': 'Privacy, Cookies: and More, version of March 14, 2026',
      'data-search-date': '2026-03-14',
    });
  });
});
