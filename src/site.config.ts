/** Settings of the published site, in one place. `astro.config.mjs` reads `url` from here. */
export const siteConfig = {
  /** Public address of the site, used for canonical URLs, feeds and the sitemap. */
  url: 'https://policies.mailly.io',
  /** Who the policies belong to, shown in the header and titles. */
  owner: 'Mailly',
  /** The owner's main website, linked from the footer. */
  ownerUrl: 'https://mailly.io',
  /** Name of the site, shown in the header. */
  title: 'Mailly policies',
  /** Language of the policies (BCP 47). */
  lang: 'en',
  /**
   * IANA time zone whose calendar decides what "today" is when `REDLINE_AS_OF` is not set: a
   * revision effective on March 14 is in force from midnight March 14 in this zone. Default `UTC`.
   */
  timeZone: 'UTC',
} as const;
