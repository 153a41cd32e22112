import type { SiteIdentity } from './lib/site/index.ts';

/** Who publishes this site: the owner of the policies under `policies/`. */
const owner: SiteIdentity = {
  /** Public address of the site, used for canonical URLs, feeds and the sitemap. */
  url: 'https://policies.mailly.io',
  /**
   * The path the site is served under, starting and ending with `/`: `/` at the root of its host,
   * `/<repo>/` for a GitHub Pages project site. The environment variable `REDLINE_BASE` overrides it
   * for one build, e.g. a pull-request preview at `/pr-42/`.
   */
  base: '/',
  /** Who the policies belong to, shown in the header and titles. */
  owner: 'Mailly',
  /** The owner's main website, linked from the footer. */
  ownerUrl: 'https://mailly.io',
  /** Name of the site, shown in the header. */
  title: 'Mailly policies',
  /** Where readers ask about the policies, shown in the footer (`href`: https:, mailto: or tel:); null for none. */
  contact: { label: 'support@mailly.io', href: 'mailto:support@mailly.io' },
  /**
   * The owner's logo, shown in the header before the title: a file in `public/`, its text
   * alternative ("" when the title beside it names the owner), and its size in CSS pixels; null for none.
   */
  logo: null,
  /** The icon browsers show in the tab: a file in `public/` (.svg, .png or .ico); null for none. */
  favicon: '/favicon.svg',
  /**
   * The owner's colour, for links and the header's accent, in the light and the dark colour scheme.
   * The build checks that each reads on the page (contrast 4.5:1, WCAG 1.4.3) and suggests one that does.
   */
  brand: { light: '#0b57b0', dark: '#8cb8ff' },
  /** Links in the footer, in order, e.g. `{ label: 'Imprint', href: 'https://example.com/imprint' }`. */
  footerLinks: [],
};

/**
 * Who `npm run demo` says the policies belong to (it builds with REDLINE_DEMO=1): GitHub's public
 * site policies (CC0), named as theirs, from their source, on a site that says on every page it is a
 * demo — so nobody's history is ever shown as the owner's.
 */
const demo: SiteIdentity = {
  url: 'https://redline-demo.invalid',
  base: '/',
  owner: 'GitHub',
  ownerUrl: 'https://github.com/github/site-policy',
  title: 'Redline demo: GitHub site policies',
  contact: null,
  logo: null,
  favicon: '/favicon.svg',
  brand: { light: '#0b57b0', dark: '#8cb8ff' },
  footerLinks: [],
};

/** Whether this build is `npm run demo`. */
const isDemo = process.env['REDLINE_DEMO'] === '1';

const identity = isDemo ? demo : owner;

/** Settings of the published site, in one place. `astro.config.mjs` reads `url` and `base` from here. */
export const siteConfig = {
  ...identity,
  base: process.env['REDLINE_BASE'] || identity.base,
  /** Whether this build is the demo (`npm run demo`): every page then says so. */
  demo: isDemo,
  /**
   * Language the policies are written in (BCP 47): the revisions in `policies/<policy>/` are its
   * text, and it governs. Redline must have interface strings in it (en, de or fr, or a regional
   * variant such as en-GB).
   */
  lang: 'en',
  /**
   * IANA time zone whose calendar decides what "today" is when `REDLINE_AS_OF` is not set: a
   * revision effective on March 14 is in force from midnight March 14 in this zone. Default `UTC`.
   */
  timeZone: 'UTC',
  /**
   * Most words an erratum may change in a published revision's body, inserted plus deleted, as its
   * redline counts them; a larger correction must be a new revision. Default 25.
   */
  errataMaxChangedWords: 25,
  /**
   * How translations (`policies/<policy>/<lang>/<YYYY-MM-DD>.mdx`) are shown. `order`: languages
   * first in the language switcher, in this order (the others follow by tag). `governingStatement`:
   * per language, the statement every translated page shows of which language governs, in place of
   * the interface's default, e.g. `{ de: 'Maßgeblich ist die englische Fassung.' }`.
   */
  translations: { order: [] as string[], governingStatement: {} as Record<string, string> },
} as const;
