/** One page of each kind the site publishes, as the browser tests visit them. */
export const PAGE_TYPES = [
  { name: 'index', path: '/' },
  { name: 'policy-in-force', path: '/cookies/' },
  { name: 'revision-superseded', path: '/cookies/2025-01-20/' },
  { name: 'revision-upcoming', path: '/cookies/2026-06-01/' },
  { name: 'history', path: '/cookies/history/' },
  { name: 'compare-inline', path: '/cookies/compare/2025-01-20...2026-03-14/' },
  { name: 'compare-side-by-side', path: '/cookies/compare/2025-01-20...2026-03-14/side-by-side/' },
  { name: 'compare-chooser', path: '/cookies/compare/' },
  { name: 'section-history', path: '/cookies/sections/3-types-of-cookies-we-use/' },
  { name: 'changelog', path: '/changelog/' },
  { name: 'policy-changelog', path: '/cookies/changelog/' },
  { name: 'developers', path: '/developers/' },
  { name: 'integrity', path: '/integrity/' },
  { name: 'search', path: '/search/' },
] as const;

/** The same, with the consent banner's demo page: the one page that loads the consent script (it takes focus, so not for the skip-link tests). */
export const PAGE_TYPES_WITH_CONSENT_DEMO = [...PAGE_TYPES, { name: 'consent-demo', path: '/consent/' }] as const;
