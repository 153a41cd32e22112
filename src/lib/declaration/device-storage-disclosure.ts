import { readDeclaredDomain } from './declared-domain.ts';
import { parseDuration } from './parse-duration.ts';
import type { Declaration } from './schema.ts';
import { tcfIdentifiers } from './tcf-identifier.ts';

// The JSON a TCF vendor's `deviceStorageDisclosureUrl` points to, as IAB Europe's "Vendor Device
// Storage & Operational Disclosures" v1.1 (TCF v2, October 2025 and January 2026) defines it.

/** The storage types of the disclosure: `web` is local storage, IndexedDB and any other web storage. */
export type StorageType = 'cookie' | 'web' | 'app';

/** One stored item, or names sharing a prefix or suffix, as the disclosure lists it. */
export interface StorageDisclosure {
  /** The cookie name or storage key; one `*` at its start or end stands for any run of characters. */
  identifier: string;
  /** Where it is stored. */
  type: StorageType;
  /** A cookie's lifetime in seconds as set, 0 for a session cookie; null for every other type. */
  maxAgeSeconds: number | null;
  /** For a cookie: whether its lifetime may be renewed on later visits. */
  cookieRefresh?: boolean;
  /** The domains it is stored for; `*.example.com` covers the subdomains. */
  domains: string[];
  /** IAB TCF purpose ids it is used for; without 1, the spec reads it as exempt from consent. */
  purposes: number[];
  /** What it is for. */
  description: string;
}

/** A domain used to collect or process personal data, with the purposes of what is stored or sent there. */
export interface DomainDisclosure {
  /** The domain, without a scheme; `*.example.com` covers the subdomains. */
  domain: string;
  /** IAB TCF purpose ids. */
  purposes: number[];
}

/** The whole document: storage disclosures, domains, and mobile SDKs (a declaration names none). */
export interface DeviceStorageDisclosure {
  disclosures: StorageDisclosure[];
  domains: DomainDisclosure[];
  sdks: [];
}

/** Something of the declaration the disclosure leaves out or cannot say as the declaration does. */
export interface DisclosureNote {
  /** Path inside the declaration, e.g. `['cookies', 2]`. */
  path: (string | number)[];
  /** What is left out or read differently, why, and how to declare it so that the disclosure can say it. */
  message: string;
}

/** Options of `buildDeviceStorageDisclosure`. */
export interface DisclosureOptions {
  /**
   * The host of the site the policy covers, e.g. `mailly.io`: items that name no domains ("the site's
   * own") are disclosed on it and its subdomains (`mailly.io`, `*.mailly.io`).
   */
  siteDomain: string;
}

const TYPES: Readonly<Record<Declaration['cookies'][number]['storage'], StorageType | null>> = {
  http_cookie: 'cookie',
  local_storage: 'web',
  session_storage: 'web',
  // "web can represent local storage, shared storage, IndexedDB, PAAPI, and any other web based storage".
  indexed_db: 'web',
  // A pixel stores nothing on the device: its domain receives data, which is what `domains` lists.
  pixel: null,
  other: null,
};

const NAMES_NO_ITEMS: DisclosureNote = {
  path: [],
  message:
    'names no cookies or other stored items, so no device storage disclosure is published for it: an empty one would tell consent platforms that nothing is stored on the device — name the cookies and other stored items under declaration.cookies to publish a device storage disclosure',
};

const NONE_DISCLOSED: DisclosureNote = {
  path: [],
  message:
    'has no stored item the device storage disclosure can list (each is left out, as the notes on it say), so none is published for it: an empty one would tell consent platforms that nothing is stored on the device — declare them as those notes say to publish a device storage disclosure',
};

// `*.com`: the subdomains of a top-level domain, that is every site under it.
const TLD_WILDCARD = /^\*\.[^.]+$/;

/**
 * Write a declaration as a TCF device storage disclosure: each cookie or stored item with its
 * identifiers (`tcfIdentifiers`), its type, its lifetime in seconds (a session cookie 0; null for
 * what is not a cookie), its domains (`tcfDomains`; when it names none, the site's own: `siteDomain`
 * and its subdomains), its category's TCF purposes — with purpose 1 (storage on a device) unless
 * the category is required — and its purpose as the description; every domain of every item,
 * disclosed or not (the domain is used either way), with the purposes used there. Return with it a
 * note for each item or domain it leaves out, for a domain that stands for every domain (`*`, `*.com`), for items given purpose 1
 * for want of a category, and for a required category whose purposes would hold back its items.
 *
 * A declaration that names no cookies or other stored items, or none the disclosure can list, gets
 * no disclosure (undefined), with a note: an empty one would say that nothing is stored.
 *
 * `cookieRefresh` is true for every cookie: a declaration does not say whether a cookie's lifetime
 * is renewed, and true ("may refresh", in the TCF core specification) is the statement that holds
 * either way; false would promise the cookie ends `maxAgeSeconds` after it is first set.
 */
export function buildDeviceStorageDisclosure(
  declaration: Pick<Declaration, 'categories' | 'cookies'>,
  { siteDomain }: DisclosureOptions,
): { disclosure: DeviceStorageDisclosure | undefined; notes: DisclosureNote[] } {
  // The spec reads an empty `disclosures` as "no client-side storage": a declaration of categories
  // only has not said that, so it gets no disclosure at all rather than a false one.
  if (declaration.cookies.length === 0) return { disclosure: undefined, notes: [NAMES_NO_ITEMS] };
  const notes: DisclosureNote[] = [];
  const disclosures: StorageDisclosure[] = [];
  const domainPurposes = new Map<string, Set<number>>();
  const categories = new Map(declaration.categories.map((c) => [c.id, c]));
  const uncategorised: string[] = [];
  const requiredWithConsent = new Map<string, number>();

  declaration.cookies.forEach((cookie, i) => {
    const path = ['cookies', i];
    const item = `"${cookie.name}"`;
    const category = cookie.category === undefined ? undefined : categories.get(cookie.category);
    const purposes = tcfPurposes(category);
    // The site's own: the owner's host and its subdomains, as a declared domain stands for.
    const domains: string[] = cookie.domains.length === 0 ? (tcfDomains(siteDomain) ?? [siteDomain]) : [];
    cookie.domains.forEach((value, j) => {
      const written = tcfDomains(value);
      const sweeping = written?.find((domain) => domain === '*' || TLD_WILDCARD.test(domain));
      if (sweeping)
        notes.push({
          path: [...path, 'domains', j],
          message: `${JSON.stringify(value)}, a domain of ${item}, is disclosed as ${sweeping}, which stands for ${sweeping === '*' ? 'every domain' : `every domain under .${sweeping.slice(2)}`}: the specification allows * alone only for a large set of dynamic domains — name the domains (example.com stands for it and its subdomains)`,
        });
      if (written) domains.push(...written.filter((domain) => !domains.includes(domain)));
      else
        notes.push({
          path: [...path, 'domains', j],
          message: `${JSON.stringify(value)}, a domain of ${item}, is not a domain name: the device storage disclosure leaves it out — write a host such as example.com (it stands for the host and its subdomains)`,
        });
    });
    if (domains.length === 0) {
      notes.push({
        path: [...path, 'domains'],
        message: `${item} is left out of the device storage disclosure: none of its domains is a domain name — write each as a host such as example.com (it stands for the host and its subdomains), or remove domains for the site's own`,
      });
      return;
    }
    // Its domains are used whether or not the item itself can be disclosed.
    for (const domain of domains) addPurposes(domainPurposes, domain, purposes);

    const type = TYPES[cookie.storage];
    if (type === null) {
      notes.push({
        path,
        message:
          cookie.storage === 'pixel'
            ? `${item} (storage: pixel) is not a storage disclosure: a pixel stores nothing on the device — its domains are listed under "domains"`
            : `${item} (storage: other) is left out of the device storage disclosure, which knows cookies and web storage (its domains are listed) — declare where it is stored: http_cookie, local_storage, session_storage or indexed_db`,
      });
      return;
    }

    const named = tcfIdentifiers(cookie.name, cookie.match);
    if ('reason' in named) {
      notes.push({
        path,
        message: `${item} (match: ${cookie.match}) is left out of the device storage disclosure: it ${named.reason} — declare the names it stands for, or a prefix (match: prefix)`,
      });
      return;
    }

    let maxAgeSeconds: number | null = null;
    if (type === 'cookie') {
      const duration = cookie.duration === undefined ? undefined : parseDuration(cookie.duration);
      if (cookie.session) maxAgeSeconds = 0;
      else if (duration && 'seconds' in duration && !Number.isSafeInteger(duration.seconds)) {
        // A JSON reader holds integers exactly only up to 2^53 - 1: a longer lifetime would be read as another number.
        notes.push({
          path: [...path, 'duration'],
          message: `${item} is left out of the device storage disclosure: its duration ${cookie.duration} is more seconds than a JSON number holds exactly (${Number.MAX_SAFE_INTEGER}) — write the lifetime the cookie is set with, in days (e.g. P400D)`,
        });
        return;
      } else if (duration && 'seconds' in duration) maxAgeSeconds = duration.seconds;
      else {
        // The schema refuses a cookie without a lifetime; a declaration built another way may still lack one.
        notes.push({
          path,
          message: `${item} is left out of the device storage disclosure: it has no lifetime — write "duration" in ISO 8601 days and time (P400D), or "session: true"`,
        });
        return;
      }
    }

    if (category === undefined) uncategorised.push(cookie.name);
    else if (category.required && purposes.includes(STORAGE_PURPOSE))
      requiredWithConsent.set(category.id, (requiredWithConsent.get(category.id) ?? 0) + 1);
    for (const identifier of named.identifiers) {
      disclosures.push({
        identifier,
        type,
        maxAgeSeconds,
        ...(type === 'cookie' ? { cookieRefresh: true } : {}),
        domains,
        purposes,
        description: cookie.purpose,
      });
    }
  });

  if (uncategorised.length > 0) {
    notes.push({
      path: ['cookies'],
      message: `${count(uncategorised.length)} no category (${listed(uncategorised)}): the device storage disclosure gives ${uncategorised.length === 1 ? 'it' : 'them'} purpose 1 (store and/or access information on a device), so consent platforms ask for consent first — give each a category, required: true for strictly necessary storage`,
    });
  }
  for (const [id, items] of requiredWithConsent) {
    const index = declaration.categories.findIndex((c) => c.id === id);
    notes.push({
      path: ['categories', index, 'tcfPurposes'],
      message: `"${id}" is required (strictly necessary), but its tcfPurposes include purpose 1, so consent platforms hold back its ${items === 1 ? 'item' : `${items} items`} in the device storage disclosure until the visitor consents — remove 1 from its tcfPurposes`,
    });
  }

  // Every stored item left out: an empty list would say the same falsehood. (Pixels store nothing.)
  if (disclosures.length === 0 && declaration.cookies.some((cookie) => cookie.storage !== 'pixel'))
    return { disclosure: undefined, notes: [...notes, NONE_DISCLOSED] };
  const domains = [...domainPurposes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([domain, purposes]) => ({ domain, purposes: [...purposes].sort((a, b) => a - b) }));
  return { disclosure: { disclosures, domains, sdks: [] }, notes };
}

/**
 * Write a declared domain as the disclosure's domains, by what it stands for (`readDeclaredDomain`):
 * `example.com`, `.example.com` and `*.example.com` alike as `example.com` and `*.example.com`, the
 * host and every subdomain, in lower case and DNS's ASCII form; an IPv4 address as itself; `*` alone
 * kept (the spec allows it when the domains are many). Null when it is not a domain name.
 */
export function tcfDomains(value: string): string[] | null {
  const read = readDeclaredDomain(value);
  if (read === null) return null;
  return read.host === '*' || !read.subdomains ? [read.host] : [read.host, `*.${read.host}`];
}

// IAB TCF purpose 1, "Store and/or access information on a device": what every stored item does.
// The disclosure's purposes without it say the storage is exempt from consent (strictly necessary).
const STORAGE_PURPOSE = 1;

// A category that needs consent, or none at all (nothing says it is strictly necessary), is purpose 1
// and its tcfPurposes; a required one is its tcfPurposes as declared.
function tcfPurposes(category: Declaration['categories'][number] | undefined): number[] {
  const purposes = new Set(category?.tcfPurposes ?? []);
  if (!category?.required) purposes.add(STORAGE_PURPOSE);
  return [...purposes].sort((a, b) => a - b);
}

function addPurposes(map: Map<string, Set<number>>, domain: string, purposes: readonly number[]): void {
  const set = map.get(domain) ?? new Set<number>();
  for (const purpose of purposes) set.add(purpose);
  map.set(domain, set);
}

function count(n: number): string {
  return n === 1 ? '1 item has' : `${n} items have`;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => `"${name}"`);
  return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ');
}
