/**
 * Tell an application whether a user must accept a policy again: when a version labelled
 * `material` has come into force since the version they accepted. It reads a policy's
 * `versions.json` and runs anywhere (browser, Node, Deno, workers): no DOM, no Node APIs, no
 * dependencies. The site serves it bundled, with these declarations beside it.
 *
 * Dates are calendar dates written `YYYY-MM-DD` and compared as strings, never as `Date`s in a
 * local time zone, so no clock moves a legal date by a day.
 */
import { calendarDateIn, isCalendarDate } from '../dates/calendar-date.ts';

/** How a version changed the one before it: its legal meaning, its wording, or only its form. */
export type VersionChange = 'material' | 'editorial' | 'technical';

/** One version as the helper reads it from `versions.json`; any other field is kept and handed back. */
export interface AcceptableVersion {
  /** The version: its effective date, `YYYY-MM-DD`. */
  version: string;
  /** The day it takes effect, `YYYY-MM-DD`: from that day on it is in force. */
  effective: string;
  /**
   * How it changed the previous version; null for a policy's first version only. `editorial` and
   * `technical` never call for acceptance again; `material` does, and so does a label this helper
   * does not know (a later 1.x may add one): asking once too often is the safe mistake.
   */
  change: VersionChange | (string & Record<never, never>) | null;
  /** The SHA-256 (lowercase hex) of its text as published now. */
  sha256: string;
  /** Its earlier SHA-256s, before errata corrected it: an acceptance of one of them is of this version. Default: none. */
  formerSha256?: readonly string[];
}

/** A policy's `versions.json` document, or any object with its `versions`. */
export interface VersionsList<V extends AcceptableVersion = AcceptableVersion> {
  /** The document's format version; this helper reads 1.x. Optional for a hand-made list. */
  specVersion?: string;
  /** The policy, as in its URL: an acceptance record of another policy is refused. */
  policy?: string | undefined;
  /**
   * The IANA time zone whose calendar says which day it is for the policy (the site's, e.g.
   * `Europe/Paris`): the default `asOf` is today's date there. Default: UTC.
   */
  timeZone?: string | undefined;
  /** Every published version, in any order. */
  versions: readonly V[];
}

/**
 * What an application stores when a user accepts a policy: the policy, the version and the SHA-256
 * of its text. Any other field (when, by whom) is ignored. Give `version` or `sha256`, or both: both
 * must then name the same version.
 */
export interface AcceptanceRecord {
  /** The policy accepted, as in its URL: when the versions name theirs, it must be the same. */
  policy?: string | undefined;
  /** The version accepted: its date, `YYYY-MM-DD`. */
  version?: string | undefined;
  /** The SHA-256 of the text accepted, as published then (current, or from before an erratum). */
  sha256?: string | undefined;
}

/** Options of `needsReacceptance`. */
export interface ReacceptanceOptions {
  /**
   * The day to decide for, `YYYY-MM-DD`: a version whose effective date is on or before it is in
   * force. Default: today's date in the document's `timeZone` (the site's), or in UTC when it names
   * none (a bare array of versions).
   */
  asOf?: string;
}

/**
 * Why acceptance is or is not required:
 * - `not-accepted`: nothing was accepted yet, `accepted` is null (required);
 * - `unknown-version`: the accepted version or SHA-256 is not one of the policy's versions, or a record's
 *   version and SHA-256 name different versions (required);
 * - `material-change`: a material version came into force after the accepted one (required);
 * - `no-material-change`: later versions came into force, none of them material (not required);
 * - `up-to-date`: the accepted version is the one in force (not required);
 * - `accepted-ahead`: the accepted version is announced but not in force yet: it was accepted before
 *   it took effect (not required);
 * - `nothing-in-force`: no version is in force on `asOf` (none listed, or only announced ones), so
 *   there is nothing to accept yet, whatever was accepted; `inForce` is null, `upcoming` the first
 *   version to come (not required).
 * Whenever it is required, `inForce` is a version.
 */
export type ReacceptanceReason =
  'not-accepted' | 'unknown-version' | 'material-change' | 'no-material-change' | 'up-to-date' | 'accepted-ahead' | 'nothing-in-force';

/** What `needsReacceptance` decided, and what to show the user. */
export interface Reacceptance<V extends AcceptableVersion = AcceptableVersion> {
  /** Whether to ask the user to accept the version in force. */
  required: boolean;
  /** Why (see `ReacceptanceReason`). */
  reason: ReacceptanceReason;
  /** The effective date of the first material version in force after the accepted one; null when there is none, or no accepted version is known. */
  since: string | null;
  /** The version the acceptance is of (found by date, SHA-256 or former SHA-256); null when unknown or none. */
  accepted: V | null;
  /** The version in force on `asOf`: the one to show, and to record once accepted. Null while none is (reason `nothing-in-force`), never when required. */
  inForce: V | null;
  /**
   * The first version after `asOf` (and after the accepted one) that is announced but not in force
   * yet and will call for acceptance — a material one, or the policy's first: not a reason to ask
   * today, but worth telling the user, with its date.
   */
  upcoming: V | null;
  /** The day decided for. */
  asOf: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Tell whether a version calls for acceptance again: `material`, or a label this helper does not know. */
const isMaterial = (version: AcceptableVersion): boolean =>
  version.change !== null && version.change !== 'editorial' && version.change !== 'technical';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// A value as an error message quotes it: JSON where it can be, cut short, since it may be a whole document.
function show(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function fail(what: string, value: unknown, expected: string): never {
  throw new TypeError(`needsReacceptance: ${what} is ${show(value)}, expected ${expected}`);
}

/** Check every version the helper reads, field by field, and return them oldest first, with the document's time zone (UTC if none). */
function readVersions<V extends AcceptableVersion>(
  input: VersionsList<V> | readonly V[],
): { list: V[]; timeZone: string; policy: string | undefined } {
  let list: unknown = input;
  let timeZone = 'UTC';
  let policy: string | undefined;
  if (isObject(input)) {
    const spec = input['specVersion'];
    if (spec !== undefined && (typeof spec !== 'string' || !/^1\.\d+$/.test(spec)))
      fail('versions.specVersion', spec, '1.x (this is the v1 helper; a later format has its own helper URL)');
    const zone = input['timeZone'];
    if (zone !== undefined) {
      if (typeof zone !== 'string' || zone === '') fail('versions.timeZone', zone, 'an IANA time zone name such as "Europe/Paris"');
      timeZone = zone;
    }
    policy = input['policy'] as string | undefined;
    if (policy !== undefined && typeof policy !== 'string') fail('versions.policy', policy, "the policy's name, as in its URL");
    list = input['versions'];
    if (!Array.isArray(list)) fail('versions.versions', list, 'an array of versions');
  } else if (!Array.isArray(input)) {
    fail('versions', input, "a policy's versions.json document or its versions array");
  }
  const seen = new Set<string>();
  const checked = (list as unknown[]).map((entry, index) => {
    const at = `versions[${index}]`;
    if (!isObject(entry)) fail(at, entry, 'an object');
    for (const field of ['version', 'effective'])
      if (!isCalendarDate(entry[field])) fail(`${at}.${field}`, entry[field], 'a real date written YYYY-MM-DD');
    if (typeof entry['change'] !== 'string' && entry['change'] !== null)
      fail(`${at}.change`, entry['change'], 'a change label ("material", "editorial", "technical"), or null for the first version');
    if (typeof entry['sha256'] !== 'string' || !SHA256.test(entry['sha256']))
      fail(`${at}.sha256`, entry['sha256'], 'a SHA-256 in lowercase hex');
    const former = entry['formerSha256'];
    if (former !== undefined && (!Array.isArray(former) || !former.every((hash) => typeof hash === 'string' && SHA256.test(hash))))
      fail(`${at}.formerSha256`, former, 'an array of SHA-256s in lowercase hex');
    // One version a day: which one is in force on a day must have one answer.
    for (const field of ['version', 'effective']) {
      const key = `${field}:${entry[field] as string}`;
      if (seen.has(key)) fail(`${at}.${field}`, entry[field], `one version a day (an earlier version has this ${field} too)`);
      seen.add(key);
    }
    return entry as unknown as V;
  });
  checked.sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
  // A version with no label would count as not material: only the first, which changed nothing, may have none.
  const unlabelled = checked.findIndex((v, index) => index > 0 && v.change === null);
  if (unlabelled > 0)
    fail(
      `versions[${(list as unknown[]).indexOf(checked[unlabelled])}].change`,
      null,
      `a change label ("material", "editorial", "technical"): only a policy's first version has none, and ${(checked[0] as V).version} is older`,
    );
  return { list: checked, timeZone, policy };
}

/** Return today's date in `timeZone`, by Intl alone (as in browsers, Node and Deno); a TypeError if the runtime knows no such zone. */
function today(timeZone: string): string {
  try {
    return calendarDateIn(new Date(), timeZone);
  } catch (error) {
    if (error instanceof RangeError)
      fail('versions.timeZone', timeZone, 'an IANA time zone name this runtime knows, such as "Europe/Paris"');
    throw error;
  }
}

const ACCEPTED = 'a version date (YYYY-MM-DD), a SHA-256 (64 hex digits), a record { policy, version, sha256 }, or null for none yet';

// An accepted hash comes from the app's own records, in either case; the documents write lowercase (SHA256).
const isSha256 = (value: unknown): value is string => typeof value === 'string' && SHA256.test(value.toLowerCase());

const byDate = <V extends AcceptableVersion>(date: string, versions: readonly V[]): V | null =>
  versions.find((v) => v.version === date) ?? null;

/** Find the version whose text has this SHA-256 now, or had it before an erratum. */
function byHash<V extends AcceptableVersion>(sha256: string, versions: readonly V[]): V | null {
  const hash = sha256.toLowerCase();
  return versions.find((v) => v.sha256 === hash || (v.formerSha256 ?? []).includes(hash)) ?? null;
}

/**
 * Find the version an acceptance is of: by version date, by SHA-256 now or before an erratum, or by
 * a record of them, whose version and SHA-256 must agree; null when unknown. A record of another
 * policy than the versions' is refused.
 */
function findAccepted<V extends AcceptableVersion>(accepted: unknown, versions: readonly V[], policy: string | undefined): V | null {
  if (accepted === null) return null;
  if (isCalendarDate(accepted)) return byDate(accepted, versions);
  if (isSha256(accepted)) return byHash(accepted, versions);
  if (!isObject(accepted)) return fail('accepted', accepted, ACCEPTED);
  const { policy: of, version, sha256 } = accepted;
  if (of !== undefined && typeof of !== 'string') fail('accepted.policy', of, "the policy's name, as in its URL");
  if (of !== undefined && policy !== undefined && of !== policy)
    fail(
      'accepted.policy',
      of,
      `${show(policy)}, the policy of these versions (versions.policy): an acceptance of one policy says nothing of another`,
    );
  if (version !== undefined && !isCalendarDate(version)) fail('accepted.version', version, 'a version date (YYYY-MM-DD)');
  if (sha256 !== undefined && !isSha256(sha256)) fail('accepted.sha256', sha256, 'a SHA-256 (64 hex digits)');
  if (version === undefined && sha256 === undefined) fail('accepted', accepted, 'a record with its version, its sha256 or both');
  const fromDate = version === undefined ? undefined : byDate(version, versions);
  const fromHash = sha256 === undefined ? undefined : byHash(sha256, versions);
  // Given both, they must name one version: else which text was accepted is not known.
  if (fromDate !== undefined && fromHash !== undefined) return fromDate === fromHash ? fromDate : null;
  return fromDate ?? fromHash ?? null;
}

/**
 * Decide whether a user who accepted `accepted` must accept the policy again on `options.asOf`
 * (default: today in the document's time zone, else UTC): yes when a material version came into
 * force after the accepted one, on or before that day, or when the accepted version is unknown or
 * none. Editorial and technical versions, and errata, never call for it. `accepted` is what the
 * application stored: a version date, the SHA-256 of the text (current or from before an erratum),
 * a record `{ policy, version, sha256 }` of them, or null when nothing was accepted yet. `versions`
 * is the policy's `versions.json` document or its `versions` array. Throws a TypeError naming the
 * field when an argument is malformed, or when the record is of another policy than the document.
 */
export function needsReacceptance<V extends AcceptableVersion>(
  accepted: string | AcceptanceRecord | null,
  versions: VersionsList<V> | readonly V[],
  options: ReacceptanceOptions = {},
): Reacceptance<V> {
  if (!isObject(options)) fail('options', options, 'an object such as { asOf: "2026-03-14" }');
  if (options.asOf !== undefined && !isCalendarDate(options.asOf))
    fail('options.asOf', options.asOf, "a real date written YYYY-MM-DD (or no asOf: today in the policy's time zone)");
  const { list, timeZone, policy } = readVersions(versions);
  const asOf = options.asOf ?? today(timeZone);
  const found = findAccepted(accepted, list, policy);
  let inForce: V | null = null;
  for (const version of list) if (version.effective <= asOf) inForce = version;
  // Versions after the accepted one (all of them when it is unknown), oldest first.
  const later = found ? list.filter((v) => v.effective > found.effective) : list;
  const material = later.filter(isMaterial);
  // Before anything is in force, the policy's first version is the one to tell of, label or none.
  const upcoming = later.find((v) => v.effective > asOf && (isMaterial(v) || v === list[0])) ?? null;
  if (!inForce) return { required: false, reason: 'nothing-in-force', since: null, accepted: found, inForce, upcoming, asOf };
  if (!found)
    return {
      required: true,
      reason: accepted === null ? 'not-accepted' : 'unknown-version',
      since: null,
      accepted: null,
      inForce,
      upcoming,
      asOf,
    };
  const since = material.find((v) => v.effective <= asOf) ?? null;
  const reason: ReacceptanceReason = since
    ? 'material-change'
    : found.effective > asOf
      ? 'accepted-ahead'
      : later.some((v) => v.effective <= asOf)
        ? 'no-material-change'
        : 'up-to-date';
  return { required: since !== null, reason, since: since?.effective ?? null, accepted: found, inForce, upcoming, asOf };
}
