import type { PrintStyle } from './print-style.ts';

/** What the layout of a page is given (BaseLayout): its title and description, and the feed and JSON it announces. */
export interface PageHead {
  /** The page's own title; the site title is appended. */
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The policy the page is about, whose own feed is announced beside the site's. */
  policy?: { slug: string; title: string } | undefined;
  /** The machine-readable declaration that goes with the page, if any. */
  json?: { title: string; href: string } | undefined;
  /** What every printed page says in its margins (which document, which versions, where from). */
  print?: PrintStyle | undefined;
}
