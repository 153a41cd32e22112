// What a declared domain stands for, read one way by the device storage disclosure and the cookie
// scan alike: as a cookie's Domain attribute reads (RFC 6265 §5.2.3, §5.1.3), a cookie set for
// `example.com` is sent to example.com and every subdomain, and browsers show it as `.example.com`.

// A host name as DNS writes it (IDNA A-labels).
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

// An IPv4 address as a URL writes it: it has no subdomains.
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Read a declared domain: `example.com`, `.example.com` and `*.example.com` each stand for
 * example.com and every subdomain of it, returned as `{ host: 'example.com', subdomains: true }` —
 * the host in lower case and DNS's ASCII form (`bücher.de` as `xn--bcher-kva.de`). An IPv4 address
 * stands for itself (`subdomains: false`); `*` alone for every domain (`host: '*'`). Null when it is
 * not a domain name.
 */
export function readDeclaredDomain(value: string): { host: string; subdomains: boolean } | null {
  const text = value.trim().toLowerCase();
  if (text === '*') return { host: '*', subdomains: true };
  const name = text.replace(/^\*?\./u, '');
  if (name === '' || /[\s/:@?#%\\[\]*]/u.test(name)) return null;
  let host: string;
  try {
    host = new URL(`http://${name}`).hostname;
  } catch {
    return null;
  }
  if (!HOST.test(host)) return null;
  return { host, subdomains: !IPV4.test(host) };
}

/**
 * Return whether a declared domain (`readDeclaredDomain`) covers `host`, a cookie's domain (a domain
 * cookie's `.example.com` read as `example.com`) or a storage origin's host: the host itself, or a
 * subdomain of it.
 */
export function declaredDomainCovers(declared: string, host: string): boolean {
  const read = readDeclaredDomain(declared);
  if (read === null) return false;
  if (read.host === '*') return true;
  const seen = host.trim().toLowerCase().replace(/^\./u, '');
  return seen === read.host || (read.subdomains && seen.endsWith(`.${read.host}`));
}
