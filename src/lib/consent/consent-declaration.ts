// The small modules of lib/declaration the banner needs, imported directly: the folder's index
// would bring zod into the browser bundle (see `npm run bench:consent`).
import { CHANGE_LABELS, type ChangeLabel } from '../declaration/change-labels.ts';
import { CONSENT_MODE_TYPES, type ConsentModeType } from '../declaration/consent-mode.ts';
import { canonicalJson } from './canonical-json.ts';

/** A category as the banner reads it from the declaration document. */
export interface ConsentCategory {
  /** Stable id, stored in the consent record and matched by `data-category`. */
  id: string;
  /** The name readers see. */
  name: string;
  /** What the category is for. */
  description: string;
  /** The uses the policy lists for it. */
  purposes: string[];
  /** Essential: set without consent, shown locked on. */
  required: boolean;
  /** The Google Consent Mode v2 types it governs. */
  consentMode: ConsentModeType[];
}

/** One revision of the policy, as the banner needs it. */
export interface ConsentPolicy {
  /** The policy, as in its URL (e.g. `cookies`). */
  id: string;
  /** Its title, e.g. `Cookie Policy`. */
  title: string;
  /** The revision's effective date, `YYYY-MM-DD`: the version a consent is given for. */
  version: string;
  /** `material`, `editorial` or `technical` against the previous revision; null for the first. */
  change: ChangeLabel | null;
  /** The policy in force, absolute http(s) URL, linked from the settings. */
  currentUrl: string;
  /** The previous revision's effective date, null for the first. */
  previousVersion: string | null;
}

/**
 * The parts of a published declaration document (`/api/<policy>/declaration.json`) that the
 * consent banner reads, once `validateDeclaration` has checked them.
 */
export interface ConsentDeclaration {
  /** The revision the declaration belongs to. */
  policy: ConsentPolicy;
  /** What changed against the previous revision; null for the first. */
  changes: { categories: { added: string[] } } | null;
  /** Every category, in the policy's order. */
  categories: ConsentCategory[];
  /** The RFC 8785 SHA-256 seal of the document. */
  integrity: { digest: string };
}

const CHANGES: readonly string[] = CHANGE_LABELS;
const TYPES: readonly string[] = CONSENT_MODE_TYPES;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isText: Check = (v) => typeof v === 'string' && v.length > 0;
// The shape `hasCalendarDateShape` (lib/dates) checks, written out: calling it would cost the
// banner some 20 bytes gzipped of a budget with little left (`npm run bench:consent`).
const isDate: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check that a fetched JSON value is a Redline cookie declaration (spec 1.x) the banner can rely
 * on, field by field, and return it typed — or say which field is wrong, with its value.
 */
export function validateDeclaration(value: unknown): { declaration: ConsentDeclaration } | { error: string } {
  const fail = (path: string, found: unknown, expected: string): { error: string } => ({
    error: `"${path}" is ${JSON.stringify(found) ?? 'missing'}, expected ${expected}`,
  });
  if (!isObject(value)) return fail('(document)', value, 'a JSON object');
  if (typeof value['specVersion'] !== 'string' || !value['specVersion'].startsWith('1.'))
    return fail('specVersion', value['specVersion'], '1.x');
  const policy = value['policy'];
  if (!isObject(policy)) return fail('policy', policy, 'an object');
  const policyFields: [string, Check, string][] = [
    ['id', isText, 'text'],
    ['title', isText, 'text'],
    ['version', isDate, 'a YYYY-MM-DD date'],
    ['change', (v) => v === null || CHANGES.includes(v as string), 'material, editorial, technical or null'],
    ['currentUrl', (v) => typeof v === 'string' && /^https?:\/\//.test(v), 'an http(s) URL'],
    ['previousVersion', (v) => v === null || isDate(v), 'a YYYY-MM-DD date or null'],
  ];
  for (const [field, check, expected] of policyFields) {
    if (!check(policy[field])) return fail(`policy.${field}`, policy[field], expected);
  }
  const changes = value['changes'];
  if (changes !== null && !(isObject(changes) && isObject(changes['categories']) && isStrings(changes['categories']['added'])))
    return fail('changes', changes, 'null or changes with categories.added');
  const categories = value['categories'];
  if (!Array.isArray(categories)) return fail('categories', categories, 'an array');
  const seen = new Set<string>();
  for (const [i, category] of categories.entries()) {
    if (!isObject(category)) return fail(`categories[${i}]`, category, 'an object');
    const fields: [string, Check, string][] = [
      ['id', (v) => isText(v) && !seen.has(v as string), 'a unique id'],
      ['name', isText, 'text'],
      ['description', isString, 'text'],
      ['purposes', isStrings, 'a list of text'],
      ['required', (v) => typeof v === 'boolean', 'true or false'],
      ['consentMode', (v) => Array.isArray(v) && v.every((t) => TYPES.includes(t as string)), 'a list of Consent Mode types'],
    ];
    for (const [field, check, expected] of fields) {
      if (!check(category[field])) return fail(`categories[${i}].${field}`, category[field], expected);
    }
    seen.add(category['id'] as string);
  }
  const integrity = value['integrity'];
  if (!isObject(integrity) || typeof integrity['digest'] !== 'string' || !/^[0-9a-f]{64}$/.test(integrity['digest']))
    return fail('integrity.digest', isObject(integrity) ? integrity['digest'] : integrity, '64 hex digits');
  return { declaration: value as unknown as ConsentDeclaration };
}

/**
 * Check a declaration fetched from `url` — its shape, then its RFC 8785 SHA-256 digest with Web
 * Crypto's `subtle` — and return it typed, or say what is wrong. Fail closed: without `subtle`
 * (browsers offer it only in a secure context) or when the digest cannot be computed, the
 * declaration is refused, never used unchecked.
 *
 * The digest catches accidental damage and mismatched copies (a CDN or cache serving a stale or
 * altered file); it cannot catch a forged declaration served from the same origin, which would
 * carry a matching digest.
 */
export async function verifyDeclaration(
  url: string,
  value: unknown,
  subtle: SubtleCrypto | undefined,
): Promise<{ declaration: ConsentDeclaration } | { error: string }> {
  const result = validateDeclaration(value);
  if ('error' in result) return { error: `${url} is not a cookie declaration: ${result.error}` };
  // Every member but `integrity` is hashed, fields the banner does not read included.
  const { integrity, ...content } = result.declaration;
  let digest: string;
  try {
    // Without `subtle` this throws too, and lands in the same refusal (fewer bytes than a branch).
    const hash = await (subtle as SubtleCrypto).digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
    digest = [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch (error) {
    const reason = subtle ? String(error) : 'no Web Crypto, which needs a secure context';
    return { error: `${url} cannot be checked against its integrity digest (${reason})` };
  }
  if (digest !== integrity.digest)
    return { error: `${url} does not match its integrity digest ${integrity.digest} (its content hashes to ${digest})` };
  return result;
}
