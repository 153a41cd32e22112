/**
 * The three moments a scan records, each on a new browser profile of its own: before any choice, after
 * rejecting non-essential cookies, after accepting all.
 */
export const SCAN_STATES = ['before', 'reject', 'accept'] as const;

/** One of the moments a scan records. */
export type ScanState = (typeof SCAN_STATES)[number];

/** How each state reads in a report. */
export const STATE_NAMES: Record<ScanState, string> = {
  before: 'before any choice',
  reject: 'after rejecting non-essential',
  accept: 'after accepting all',
};

/**
 * The storage kinds of the declaration that a browser scan can see: cookies, web storage keys and
 * IndexedDB database names (pixels and other kinds it cannot).
 */
export const SCANNED_STORAGE = ['http_cookie', 'local_storage', 'session_storage', 'indexed_db'] as const;

/** Where a stored item a scan saw lives. */
export type ScannedStorage = (typeof SCANNED_STORAGE)[number];

/** One cookie, web storage entry or IndexedDB database, as the browser held it after a page of a scan had settled. */
export interface StoredItem {
  /** A cookie, a `localStorage` or `sessionStorage` entry, or an IndexedDB database. */
  storage: ScannedStorage;
  /** The cookie's name, the storage key or the database name. */
  name: string;
  /**
   * For a cookie, its domain as the browser keeps it: `.example.com` when set for a domain and its
   * subdomains, `example.com` for the host alone. For web storage and IndexedDB, the host of its origin.
   */
  domain: string;
  /** For web storage and IndexedDB, the origin it belongs to (`https://example.com`); null for a cookie. */
  origin: string | null;
  /** For a cookie, its path; null for web storage. */
  path: string | null;
  /** For a cookie, when it expires in seconds since the epoch; null for a session cookie and for web storage. */
  expires: number | null;
  /** When the browser was seen holding it, in seconds since the epoch: its lifetime is `expires - seenAt`. */
  seenAt: number;
}

/** How the scan made the choice of a state. */
export type ScanChoice =
  /**
   * It clicked Redline's own banner, which then reported these categories in effect.
   * `consentRecord` names the first-party cookie that was absent before the click and then held a
   * Redline consent record of this very choice (the banner's record); null when no cookie did.
   */
  | { banner: 'redline'; granted: string[]; consentRecord: string | null }
  /** It clicked the site's banner with these selectors, in order. */
  | { banner: 'selectors'; clicked: string[] };

/** What the browser held in one state: after each page visited, in order. */
export interface StateObservation {
  /** The state. */
  state: ScanState;
  /** How its choice was made; null before any choice. */
  choice: ScanChoice | null;
  /** Each page visited (the scanned URL first, then the links followed) with what was stored once it had settled. */
  pages: { url: string; items: StoredItem[] }[];
  /** What could not be seen in full: a frame that did not answer, a cap reached. */
  warnings: string[];
}

/** What a browser scan of a site saw. */
export interface SiteObservation {
  /** The URL scanned. */
  url: string;
  /** The three states, in the order of `SCAN_STATES`. */
  states: StateObservation[];
}

/** Return a key that names one stored item across pages and states: its storage, place and name. */
export function storedItemKey(item: StoredItem): string {
  return item.storage === 'http_cookie'
    ? `cookie ${item.domain} ${item.path ?? ''} ${item.name}`
    : `${item.storage} ${item.origin ?? item.domain} ${item.name}`;
}

/**
 * Return the name of the cookie Redline's banner keeps its record of the choice in, as the scan
 * proved it: both choices were made on Redline's banner, and each then found a new first-party
 * cookie of that same name holding a consent record of the choice. Null otherwise — whatever the
 * page's markup claims, no other cookie is ever exempt.
 */
export function provenConsentCookie(states: readonly StateObservation[]): string | null {
  const names = SCAN_STATES.filter((s) => s !== 'before').map((state) => {
    const choice = states.find((s) => s.state === state)?.choice;
    return choice?.banner === 'redline' ? choice.consentRecord : null;
  });
  const [first] = names;
  return first && names.every((name) => name === first) ? first : null;
}
