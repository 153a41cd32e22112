import type { MatchKind } from '../declaration/index.ts';
import { LIFETIME_TOLERANCE, lifetimeTolerance } from './lifetime.ts';
import { matchDeclared } from './match-declared.ts';
import type { ScanCategory, ScanCookie, ScanDeclaration } from './scan-declaration.ts';
import { bareDomain, partyOf, type Party } from './site-party.ts';
import {
  provenConsentCookie,
  SCAN_STATES,
  SCANNED_STORAGE,
  STATE_NAMES,
  storedItemKey,
  type ScanChoice,
  type ScanState,
  type ScannedStorage,
  type SiteObservation,
  type StoredItem,
} from './stored-item.ts';

/** What a scan report is made from. */
export interface ScanReportInput {
  /** What the browser saw. */
  observation: SiteObservation;
  /** The declaration in force. */
  declaration: ScanDeclaration;
  /** Where the declaration was read: a revision file or the URL or file of a published declaration. */
  declarationSource: string;
  /** Domains that belong to the site besides the scanned URL's host (default: none). */
  firstParty?: readonly string[];
}

/** A declared entry, as a report names it. */
export interface DeclaredEntry {
  /** Its place in the declaration's `cookies` list. */
  index: number;
  /** Its declared name or pattern. */
  name: string;
  /** How the name matches. */
  match: MatchKind;
  /** Where it is stored. */
  storage: ScanCookie['storage'];
  /** Its category id; null when the policy does not say. */
  category: string | null;
}

/** One cookie or web storage entry the scan saw, over every page and state. */
export interface ScannedItem {
  /** `http_cookie`, `local_storage` or `session_storage`. */
  storage: ScannedStorage;
  /** Its name or key. */
  name: string;
  /** A cookie's domain as the browser keeps it (`.example.com` for a domain cookie); a storage entry's host. */
  domain: string;
  /** A storage entry's origin; null for a cookie. */
  origin: string | null;
  /** A cookie's path; null for web storage. */
  path: string | null;
  /** First or third party to the scanned site. */
  party: Party;
  /** A cookie's longest remaining lifetime seen, in seconds; null for a session cookie and web storage. */
  lifetime: number | null;
  /** The states it was seen in. */
  states: ScanState[];
  /** The pages it was seen on, in the order first seen. */
  pages: string[];
  /** The declared entry it matches; null when none does. */
  declared: DeclaredEntry | null;
  /**
   * Whether it is the record Redline's banner keeps of the visitor's choice: both choices made on
   * Redline's banner, a first-party cookie of the name the scan found holding the record of each
   * (`provenConsentCookie`), absent before any choice.
   */
  consentRecord: boolean;
}

/** A scan of a site against its declaration: what was seen, and what does not agree. */
export interface ScanReport {
  /** The URL scanned. */
  url: string;
  /** The declaration scanned against. */
  declaration: {
    policy: string;
    version: string;
    /** The revision file, or the URL or file of the published declaration. */
    source: string;
    /** SHA-256 of the revision's source, as the site publishes it. */
    sourceSha256: string;
    /** The published declaration's integrity digest (checked); null when read from the revision file. */
    digest: string | null;
  };
  /**
   * The domains counted as the site's own (first party), with their subdomains: the scanned URL's
   * host, the host its first page landed on after any redirect, and those given as first party.
   */
  siteDomains: string[];
  /** How much longer than declared a cookie may live before it is reported. */
  tolerance: string;
  /** Each state: how its choice was made and the pages visited. */
  states: { state: ScanState; choice: ScanChoice | null; pages: string[] }[];
  /** Every item seen. */
  items: ScannedItem[];
  /**
   * What the scan could not see in full, each naming its state: a frame that did not answer, a
   * cap reached. The items it did see are judged all the same.
   */
  warnings: string[];
  /** Problem (1): items no declared entry matches. */
  undeclared: { item: ScannedItem; hint: string | null }[];
  /**
   * Problem (2): items of a non-essential category present before any choice (opt-in categories)
   * or after rejecting (opt-in and opt-out categories).
   */
  beforeConsent: { item: ScannedItem; category: ScanCategory; states: ScanState[] }[];
  /** Problem (3): cookies that live longer than declared, beyond the tolerance. */
  longerThanDeclared: { item: ScannedItem; declared: { iso: string | null; seconds: number }; lifetime: number; tolerance: number }[];
  /**
   * The record Redline's banner keeps of the choice (strictly necessary), when both choices were
   * made on Redline's banner and each stored its record in a new first-party cookie of the same
   * name: that name, the item, and whether the declaration lists it. Reported on its own rather
   * than as undeclared; null otherwise (a page without Redline's banner, other selectors, no record
   * found), when every cookie is judged alike.
   */
  consentRecord: { name: string; item: ScannedItem | null; declared: boolean } | null;
  /** Informational: declared cookies and web storage entries never seen. */
  neverSeen: DeclaredEntry[];
  /** Informational: declared entries of kinds a browser scan cannot see (IndexedDB, pixels, other). */
  notScanned: DeclaredEntry[];
  /** How many problems of kinds (1) to (3) were found: the scan fails when there is any. */
  problems: number;
}

/**
 * Compare what a browser saw on a site with the declaration in force: every item matched by
 * storage, name pattern and domain (`matchDeclared`), and the problems found — undeclared items,
 * non-essential items before consent or after a refusal, cookies that outlive their declared
 * lifetime — with the banner's own consent record apart and the declared items never seen.
 */
export function buildScanReport({ observation, declaration, declarationSource, firstParty = [] }: ScanReportInput): ScanReport {
  // The host the first page landed on is the site's too, should the scanned URL redirect to another
  // (127.0.0.1 to localhost, example.com to www.example.com): its own cookies are first party.
  const landed = observation.states.flatMap(({ pages }) =>
    pages[0] && URL.canParse(pages[0].url) ? [new URL(pages[0].url).hostname] : [],
  );
  const siteDomains = [...new Set([new URL(observation.url).hostname, ...landed, ...firstParty].map(bareDomain))];
  const seen = new Map<string, { first: StoredItem; states: Set<ScanState>; pages: Set<string>; lifetime: number | null }>();
  for (const { state, pages } of observation.states) {
    for (const { url, items } of pages) {
      for (const item of items) {
        const key = storedItemKey(item);
        const entry = seen.get(key) ?? { first: item, states: new Set(), pages: new Set(), lifetime: null };
        entry.states.add(state);
        entry.pages.add(url);
        if (item.expires !== null) entry.lifetime = Math.max(entry.lifetime ?? 0, Math.round(item.expires - item.seenAt));
        seen.set(key, entry);
      }
    }
  }
  const categories = new Map(declaration.categories.map((c) => [c.id, c]));
  const consentCookie = provenConsentCookie(observation.states);
  const report: ScanReport = {
    url: observation.url,
    declaration: {
      policy: declaration.policy,
      version: declaration.version,
      source: declarationSource,
      sourceSha256: declaration.sourceSha256,
      digest: declaration.digest,
    },
    siteDomains,
    tolerance: LIFETIME_TOLERANCE,
    states: observation.states.map(({ state, choice, pages }) => ({ state, choice, pages: pages.map((p) => p.url) })),
    items: [],
    warnings: [...new Set(observation.states.flatMap(({ state, warnings }) => warnings.map((w) => `${STATE_NAMES[state]}: ${w}`)))],
    undeclared: [],
    beforeConsent: [],
    longerThanDeclared: [],
    consentRecord: consentCookie === null ? null : { name: consentCookie, item: null, declared: false },
    neverSeen: [],
    notScanned: [],
    problems: 0,
  };
  const matched = new Set<number>();
  const entries = [...seen.values()].sort((a, b) => compareItems(a.first, b.first));
  for (const { first, states, pages, lifetime } of entries) {
    const match = matchDeclared(first, declaration, siteDomains);
    const party = partyOf(first.domain, siteDomains);
    const item: ScannedItem = {
      storage: first.storage,
      name: first.name,
      domain: first.domain,
      origin: first.origin,
      path: first.path,
      party,
      lifetime,
      states: SCAN_STATES.filter((s) => states.has(s)),
      pages: [...pages],
      declared: match.cookie ? declaredEntry(match.cookie) : null,
      // Only the banner's own record, as the scan proved it: that exact name, a cookie of the site
      // itself, absent before any choice and present once one was made.
      consentRecord:
        first.storage === 'http_cookie' && first.name === consentCookie && party === 'first' && !states.has('before') && states.size > 0,
    };
    report.items.push(item);
    if (item.consentRecord && report.consentRecord) {
      report.consentRecord.item = item;
      report.consentRecord.declared = match.cookie !== null;
    }
    if (!match.cookie) {
      if (!item.consentRecord) report.undeclared.push({ item, hint: match.hint });
      continue;
    }
    matched.add(match.cookie.index);
    const category = match.cookie.category === null ? undefined : categories.get(match.cookie.category);
    // Opt-in: nothing before the visitor agrees. Opt-out: on until refused, so never after a refusal.
    const forbidden: ScanState[] =
      category?.consent === 'opt-in' ? ['before', 'reject'] : category?.consent === 'opt-out' ? ['reject'] : [];
    const present = item.states.filter((s) => forbidden.includes(s));
    if (category && present.length > 0) report.beforeConsent.push({ item, category, states: present });
    if (item.storage === 'http_cookie' && lifetime !== null) {
      const declared = match.cookie.duration?.seconds ?? 0;
      const tolerance = lifetimeTolerance(declared);
      if (lifetime > declared + tolerance) {
        report.longerThanDeclared.push({
          item,
          declared: { iso: match.cookie.duration?.iso ?? null, seconds: declared },
          lifetime,
          tolerance,
        });
      }
    }
  }
  for (const cookie of declaration.cookies) {
    if (matched.has(cookie.index)) continue;
    const scanned = (SCANNED_STORAGE as readonly string[]).includes(cookie.storage);
    (scanned ? report.neverSeen : report.notScanned).push(declaredEntry(cookie));
  }
  report.problems = report.undeclared.length + report.beforeConsent.length + report.longerThanDeclared.length;
  return report;
}

function declaredEntry(cookie: ScanCookie): DeclaredEntry {
  return { index: cookie.index, name: cookie.name, match: cookie.match, storage: cookie.storage, category: cookie.category };
}

// Cookies, then localStorage, then sessionStorage; by domain, name and path within each.
function compareItems(a: StoredItem, b: StoredItem): number {
  const order = SCANNED_STORAGE.indexOf(a.storage) - SCANNED_STORAGE.indexOf(b.storage);
  if (order !== 0) return order;
  for (const [x, y] of [
    [a.domain, b.domain],
    [a.name, b.name],
    [a.path ?? '', b.path ?? ''],
    [a.origin ?? '', b.origin ?? ''],
  ] as const) {
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
