/** Who publishes this site: the owner of the policies under `policies/`. */
const owner = {
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
};

/**
 * Who `npm run demo` says the policies belong to (it builds with REDLINE_DEMO=1): GitHub's public
 * site policies (CC0), named as theirs, from their source, on a site that says on every page it is a
 * demo — so nobody's history is ever shown as the owner's.
 */
const demo = {
  url: 'https://redline-demo.invalid',
  base: '/',
  owner: 'GitHub',
  ownerUrl: 'https://github.com/github/site-policy',
  title: 'Redline demo: GitHub site policies',
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
  /** Language of the policies (BCP 47). */
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
} as const;
