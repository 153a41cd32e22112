import { TRANSLATED } from './global-setup.ts';

const { current, lagging } = TRANSLATED;

/** One page of each kind the site publishes in its own language (English), as the browser tests visit them. */
export const SOURCE_PAGE_TYPES = [
  { name: 'index', path: '/', lang: 'en' },
  { name: 'policy-in-force', path: '/cookies/', lang: 'en' },
  { name: 'revision-superseded', path: '/cookies/2025-01-20/', lang: 'en' },
  { name: 'revision-upcoming', path: '/cookies/2026-06-01/', lang: 'en' },
  { name: 'history', path: '/cookies/history/', lang: 'en' },
  { name: 'compare-inline', path: '/cookies/compare/2025-01-20...2026-03-14/', lang: 'en' },
  { name: 'compare-side-by-side', path: '/cookies/compare/2025-01-20...2026-03-14/side-by-side/', lang: 'en' },
  { name: 'compare-chooser', path: '/cookies/compare/', lang: 'en' },
  { name: 'section-history', path: '/cookies/sections/3-types-of-cookies-we-use/', lang: 'en' },
  { name: 'changelog', path: '/changelog/', lang: 'en' },
  { name: 'policy-changelog', path: '/cookies/changelog/', lang: 'en' },
  { name: 'developers', path: '/developers/', lang: 'en' },
  { name: 'integrity', path: '/integrity/', lang: 'en' },
  { name: 'search', path: '/search/', lang: 'en' },
] as const;

/**
 * One page of each kind the site publishes in a translation (global-setup's TRANSLATED): German's,
 * current, and French's policy page, which shows a translation of an earlier version with the lag
 * notice; and the redline between German's two translations, inline and side by side.
 */
export const TRANSLATED_PAGE_TYPES = [
  { name: 'translated-index', path: `/${current.lang}/`, lang: current.lang },
  { name: 'translated-policy-in-force', path: `/${current.lang}/cookies/`, lang: current.lang },
  { name: 'translated-revision', path: `/${current.lang}/cookies/${current.translated}/`, lang: current.lang },
  { name: 'translated-history', path: `/${current.lang}/cookies/history/`, lang: current.lang },
  { name: 'translated-policy-changelog', path: `/${current.lang}/cookies/changelog/`, lang: current.lang },
  { name: 'translated-policy-lagging', path: `/${lagging.lang}/cookies/`, lang: lagging.lang },
  { name: 'translated-compare', path: `/${current.lang}/cookies/compare/${current.earlier}...${current.translated}/`, lang: current.lang },
  {
    name: 'translated-compare-side-by-side',
    path: `/${current.lang}/cookies/compare/${current.earlier}...${current.translated}/side-by-side/`,
    lang: current.lang,
  },
] as const;

/** Every page type, in the site's language and translated. */
export const PAGE_TYPES = [...SOURCE_PAGE_TYPES, ...TRANSLATED_PAGE_TYPES] as const;

/** The same, with the consent banner's demo page: the one page that loads the consent script (it takes focus, so not for the skip-link tests). */
export const PAGE_TYPES_WITH_CONSENT_DEMO = [...PAGE_TYPES, { name: 'consent-demo', path: '/consent/', lang: 'en' }] as const;
