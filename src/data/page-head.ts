import type { FeedLink } from '../lib/feeds/index.ts';
import type { PrintStyle } from './print-style.ts';

/** What the layout of a page is given (BaseLayout): its language, title and description, the feed and JSON it announces, and its other languages. */
export interface PageHead {
  /** The page's language (BCP 47), for `<html lang>` and the layout's own text; default: the site's (`siteConfig.lang`). */
  lang?: string | undefined;
  /** The page's own title; the site title is appended. */
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The policy the page is about, whose own feed is announced beside the site's. */
  policy?: { slug: string; title: string } | undefined;
  /**
   * The policy's feeds the page announces, when not those of `policy` in the page's language: a
   * translated page announces its language's (`/de/cookies/changelog.xml`, …).
   */
  policyFeeds?: FeedLink[] | undefined;
  /** The route of the list of policies the header links (default `/`): a translated page's is its language's, `/<lang>/`. */
  home?: string | undefined;
  /** On a translated page, the statement of which language governs, shown at the top of every such page. */
  governing?: string | undefined;
  /** The machine-readable declaration that goes with the page, if any. */
  json?: { title: string; href: string } | undefined;
  /** What every printed page says in its margins (which document, which versions, where from). */
  print?: PrintStyle | undefined;
  /**
   * The same page in every language it exists in, itself included, for `<link rel="alternate"
   * hreflang>`, and `x-default` for the source language's (src/lib/i18n `alternateLinks`). `href`
   * is a site path (under the base path, as `sitePath` gives it); the layout makes it absolute.
   */
  alternates?: { lang: string; href: string }[] | undefined;
  /**
   * The language switcher in the header: the page in each language, the current one marked
   * (`languageLinks`); shown when there is more than one. `href` as in `alternates`.
   */
  languages?: { lang: string; href: string; current: boolean }[] | undefined;
}
