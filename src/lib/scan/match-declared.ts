import { declaredDomainCovers, type MatchKind } from '../declaration/index.ts';
import type { ScanCookie, ScanDeclaration } from './scan-declaration.ts';
import { isWithinDomain } from './site-party.ts';
import type { StoredItem } from './stored-item.ts';

/** What matching a stored item against the declaration found. */
export type DeclaredMatch =
  /** The declared entry it is. */
  | { cookie: ScanCookie }
  /** None; `hint` says which entry came close and why it does not match, when one did. */
  | { cookie: null; hint: string | null };

// The most specific declaration of a name wins: an exact name over a prefix, a glob, a regex.
const SPECIFICITY: Record<MatchKind, number> = { exact: 0, prefix: 1, glob: 2, regex: 3 };

const STORAGE_NAMES: Record<string, string> = {
  http_cookie: 'a cookie',
  local_storage: 'localStorage',
  session_storage: 'sessionStorage',
  indexed_db: 'IndexedDB',
  pixel: 'a pixel',
  other: 'other storage',
};

/**
 * Find the declared entry a stored item is: same storage kind, a name its pattern matches, and a
 * domain it is declared on. A declared domain stands for the host and its subdomains, as a cookie's
 * Domain attribute does (`declaredDomainCovers`, the reading the device storage disclosure makes);
 * an entry that names none is declared on the site's own (`siteDomains`) and their subdomains. The
 * most specific name wins (exact, prefix, glob, regex), then the first declared.
 */
export function matchDeclared(item: StoredItem, declaration: ScanDeclaration, siteDomains: readonly string[]): DeclaredMatch {
  const named = declaration.cookies.filter((c) => c.pattern.test(item.name));
  const fits = named
    .filter((c) => c.storage === item.storage && onDeclaredDomain(item, c, siteDomains))
    .sort((a, b) => SPECIFICITY[a.match] - SPECIFICITY[b.match] || a.index - b.index);
  const found = fits[0];
  if (found) return { cookie: found };
  const sameKind = named.find((c) => c.storage === item.storage);
  if (sameKind) {
    const where =
      sameKind.domains.length > 0 ? sameKind.domains.join(', ') : `the site's own domains (${siteDomains.join(', ')} and their subdomains)`;
    return { cookie: null, hint: `${describeEntry(sameKind)} is declared on ${where}, not on ${item.domain}` };
  }
  const otherKind = named[0];
  if (otherKind) {
    return {
      cookie: null,
      hint: `${describeEntry(otherKind)} is declared as ${STORAGE_NAMES[otherKind.storage]}, not as ${STORAGE_NAMES[item.storage]}`,
    };
  }
  return { cookie: null, hint: null };
}

function onDeclaredDomain(item: StoredItem, cookie: ScanCookie, siteDomains: readonly string[]): boolean {
  if (cookie.domains.length === 0) return siteDomains.some((domain) => isWithinDomain(item.domain, domain));
  return cookie.domains.some((domain) => declaredDomainCovers(domain, item.domain));
}

function describeEntry(cookie: ScanCookie): string {
  return `"${cookie.name}"${cookie.match === 'exact' ? '' : ` (${cookie.match})`}`;
}
