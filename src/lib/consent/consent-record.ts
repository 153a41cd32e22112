import type { ConsentDeclaration } from './consent-declaration.ts';

/** The first-party cookie the banner stores its record in, unless its `cookie` attribute (`data-cookie`) names another. */
export const CONSENT_COOKIE = 'redline_consent';

/**
 * What the banner stores, first-party, when a visitor chooses: the categories granted, the exact
 * policy version and declaration digest the choice was given for, and when.
 */
export interface ConsentRecord {
  /** The record format; this is version 1. */
  v: 1;
  /** The policy id, e.g. `cookies`. */
  policy: string;
  /** The version (effective date, `YYYY-MM-DD`) of the revision the visitor answered. */
  version: string;
  /** That revision's declaration digest (`integrity.digest`, RFC 8785 SHA-256). */
  digest: string;
  /** When the choice was made: an ISO 8601 instant in UTC. */
  time: string;
  /** The non-essential categories granted (essential ones always are). */
  granted: string[];
  /** Every non-essential category the visitor was asked about, granted or not. */
  asked: string[];
}

/**
 * Make the record of a visitor's choice on a declaration: the non-essential categories granted
 * (unknown ids are dropped), every one asked about, the version and digest, and the time `now`.
 */
export function newConsentRecord(declaration: ConsentDeclaration, granted: Iterable<string>, now: Date): ConsentRecord {
  const wanted = new Set(granted);
  const optional = declaration.categories.filter((c) => !c.required).map((c) => c.id);
  return {
    v: 1,
    policy: declaration.policy.id,
    version: declaration.policy.version,
    digest: declaration.integrity.digest,
    time: now.toISOString(),
    granted: optional.filter((id) => wanted.has(id)),
    asked: optional,
  };
}

/** Write a consent record as a cookie value: URI-encoded JSON, so it holds no `;`, `,`, space or quote. */
export function serializeConsentRecord(record: ConsentRecord): string {
  return encodeURIComponent(JSON.stringify(record));
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Read a consent record from a cookie value; null when it is missing, unreadable or not a version 1 record. */
export function parseConsentRecord(value: string | null | undefined): ConsentRecord | null {
  if (!value) return null;
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(value));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  const ok =
    r['v'] === 1 &&
    typeof r['policy'] === 'string' &&
    typeof r['version'] === 'string' &&
    // The shape `hasCalendarDateShape` (lib/dates) checks, written out for the banner's size budget.
    /^\d{4}-\d{2}-\d{2}$/.test(r['version']) &&
    typeof r['digest'] === 'string' &&
    typeof r['time'] === 'string' &&
    isStrings(r['granted']) &&
    isStrings(r['asked']);
  if (!ok) return null;
  const { policy, version, digest, time, granted, asked } = r as unknown as ConsentRecord;
  return { v: 1, policy, version, digest, time, granted, asked };
}
