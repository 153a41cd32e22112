/** Where a site is published: an origin, and the base path every page, file and feed lives under. */
export interface SiteAddress {
  /** The origin, e.g. `https://example.com` (no path: the path is `base`). */
  url: string;
  /** The path the site is served under, starting and ending with `/`: `/` or e.g. `/legal/`. */
  base: string;
}

// Path segments of unreserved characters (RFC 3986, section 2.3), so a base never needs escaping and
// cannot climb out of the site with `..`.
const BASE = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;

// Long enough for any real path; short enough to stay a valid URL everywhere it is written.
const MAX_BASE_LENGTH = 200;

/**
 * Return the path of a site route under `base`: `/cookies/` under `/legal/` is `/legal/cookies/`.
 * A route is a root-relative path as the site's pages name each other (`src/lib/policies/policy-urls.ts`);
 * anything else (`#fragment`, a full URL, `//host/…`) is returned as it is.
 */
export function pathUnderBase(base: string, route: string): string {
  if (!route.startsWith('/') || route.startsWith('//')) return route;
  return base + route.slice(1);
}

/** Return the absolute URL of a site route: `/cookies/` on `https://example.com` under `/legal/` is `https://example.com/legal/cookies/`. */
export function absoluteSiteUrl(site: SiteAddress, route: string): string {
  return new URL(pathUnderBase(site.base, route), site.url).href;
}

/**
 * Return the host of the owner's website (`ownerUrl`), e.g. `mailly.io`: the domain of the cookies
 * and stored items a declaration names no domain for ("the site's own"). The cookie policy covers
 * the owner's website, not the site that publishes the policies.
 */
export function ownerHost(site: { ownerUrl: string }): string {
  return new URL(site.ownerUrl).hostname;
}

/**
 * Return the route a path on the site names (`/legal/cookies/` under `/legal/` → `/cookies/`), or
 * null for a path outside the base.
 */
export function routeUnderBase(base: string, path: string): string | null {
  if (!path.startsWith(base)) return path === base.slice(0, -1) ? '/' : null;
  return `/${path.slice(base.length)}`;
}

/** What names a setting of the site address in an error: where the value came from. */
export interface SiteAddressSources {
  /** Where `url` is set, e.g. `url in src/site.config.ts`. */
  url: string;
  /** Where `base` is set, e.g. `REDLINE_BASE` or `base in src/site.config.ts`. */
  base: string;
}

/**
 * Return what is wrong with a site address, one message per problem naming the setting, its value
 * and the fix; an empty list when it is sound.
 */
export function checkSiteAddress(site: SiteAddress, sources: SiteAddressSources): string[] {
  const problems: string[] = [];
  if (site.base.length > MAX_BASE_LENGTH) {
    problems.push(
      `${sources.base} is ${JSON.stringify(`${site.base.slice(0, 40)}…`)} (${site.base.length} characters): a base path has at most ${MAX_BASE_LENGTH} — choose a shorter one, e.g. "/legal/"`,
    );
  } else if (!BASE.test(site.base)) {
    problems.push(
      `${sources.base} is ${JSON.stringify(site.base)}: a base path starts and ends with "/", and each of its segments holds only ` +
        `ASCII letters, digits and "-._~" and does not start with "." (e.g. "/" or "/legal/") — set it to ${JSON.stringify(suggestBase(site.base))}`,
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(site.url);
  } catch {
    problems.push(
      `${sources.url} is ${JSON.stringify(site.url)}, which is not a URL — give the site's origin, e.g. "https://policies.example.com"`,
    );
  }
  if (url) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      problems.push(
        `${sources.url} is ${JSON.stringify(site.url)}: a site is served over https — give e.g. "https://policies.example.com"`,
      );
    } else if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
      const path = url.pathname === '/' ? '' : ` and put its path in base (${JSON.stringify(suggestBase(url.pathname))})`;
      problems.push(`${sources.url} is ${JSON.stringify(site.url)}: give the origin only (${JSON.stringify(url.origin)})${path}`);
    }
  }
  return problems;
}

// The nearest sound base: slashes added, accents dropped (é → e), empty and dot segments dropped,
// other characters removed.
function suggestBase(value: string): string {
  const segments = value
    .split('/')
    .map((segment) =>
      segment
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9._~-]/g, '')
        .replace(/^\.+/, ''),
    )
    .filter((segment) => segment !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
