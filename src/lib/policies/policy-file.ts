/** A file of the policies folder, as read from disk by the caller. */
export interface PolicyFile {
  /** Path relative to the policies folder, with `/` separators, e.g. `cookies/2026-03-14.mdx`. */
  path: string;
  /** The file's text (UTF-8). */
  text: string;
}

/** The name of the per-policy metadata file. */
export const POLICY_META_FILE = 'policy.yml';

/**
 * Folder names a policy may not take, because the site publishes its own pages there
 * (`/changelog/`, `/api/…`, Astro's `/_astro/` assets, …).
 */
export const RESERVED_POLICY_SLUGS: ReadonlySet<string> = new Set([
  '404', '_astro', 'api', 'assets', 'changelog', 'compare', 'consent', 'developers', 'feeds',
  'index', 'integrity', 'pagefind', 'reacceptance', 'rss', 'schemas', 'search', 'sitemap', 'sources',
]);

/** The shape of a policy folder name: lowercase words joined by hyphens, as it appears in URLs. */
export const POLICY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
