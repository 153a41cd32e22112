/** Whether a stored item belongs to the site scanned or to someone else. */
export type Party = 'first' | 'third';

// An IP address (v4, or v6 as a URL writes it): it has no parent or sub-domains to match.
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]|[0-9a-f:]+:[0-9a-f:.]*)$/i;

/**
 * Return a domain as the scan compares it: lowercase, without the leading `.` of a domain cookie
 * (`.example.com`) or a `*.` wildcard. (A declared domain is read by `readDeclaredDomain`.)
 */
export function bareDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^\*?\./, '');
}

/** Return whether `host` is `domain` or one of its subdomains (`www.example.com` is within `example.com`). */
export function isWithinDomain(host: string, domain: string): boolean {
  const [h, d] = [bareDomain(host), bareDomain(domain)];
  if (h === d) return true;
  return !IP_ADDRESS.test(h) && !IP_ADDRESS.test(d) && h.endsWith(`.${d}`);
}

/**
 * Say whether a stored item on `domain` (a cookie's domain or a storage origin's host) is first or
 * third party to a site made of `siteDomains` (the scanned host, and any domains given as the
 * site's own). First party: a site domain, one of its subdomains, or a parent domain of one
 * (`.example.com` seen from `www.example.com`: browsers refuse a cookie for a public suffix such as
 * `.co.uk`, so a parent domain the browser accepted is the site's). Without the Public Suffix List
 * a sibling (`cdn.example.com` from `www.example.com`) is third party unless its domain is given.
 */
export function partyOf(domain: string, siteDomains: readonly string[]): Party {
  return siteDomains.some((site) => isWithinDomain(domain, site) || isWithinDomain(site, domain)) ? 'first' : 'third';
}
