import {
  canonicalDigest,
  cookiePattern,
  declarationDocumentSchema,
  parseDuration,
  type Declaration,
  type DeclarationDocument,
  type MatchKind,
} from '../declaration/index.ts';
import type { z } from 'astro/zod';
import { formatPath, valueAt } from '../policies/describe-issues.ts';
import { describeValue } from '../policies/describe-value.ts';

/** A category as a scan judges it. */
export interface ScanCategory {
  /** Its id, as declared cookies name it. */
  id: string;
  /** The name readers see. */
  name: string;
  /**
   * `required` (essential: set without consent), `opt-in` (nothing before the visitor agrees) or
   * `opt-out` (on until the visitor refuses).
   */
  consent: 'required' | 'opt-in' | 'opt-out';
}

/** A declared cookie or storage entry as a scan matches it. */
export interface ScanCookie {
  /** Its place in the declaration's `cookies` list. */
  index: number;
  /** The declared name or pattern of names. */
  name: string;
  /** How `name` matches. */
  match: MatchKind;
  /** The anchored regular expression of the names it matches, made from `name` and `match` here. */
  pattern: RegExp;
  /** Where it is stored. */
  storage: Declaration['cookies'][number]['storage'];
  /** Its category id, or null when the policy does not say. */
  category: string | null;
  /** The domains it is declared on; empty for the site's own. */
  domains: string[];
  /** Its declared lifetime: ISO 8601 and seconds; null for a session cookie. */
  duration: { iso: string; seconds: number } | null;
}

/** What a scan compares a site with: the categories and cookies of one declaration. */
export interface ScanDeclaration {
  /** The policy, e.g. `cookies`. */
  policy: string;
  /** The revision: its effective date. */
  version: string;
  /** The SHA-256 of the revision's source, as the site publishes it. */
  sourceSha256: string;
  /** The declaration document's integrity digest, when it was read from one. */
  digest: string | null;
  /** The categories, in the declaration's order. */
  categories: ScanCategory[];
  /** The cookies and storage entries, in the declaration's order. */
  cookies: ScanCookie[];
}

/** Return a revision's declaration (front matter, already checked by its schema) as a scan reads it. */
export function scanDeclarationOfRevision(
  revision: { policy: string; version: string; sourceSha256: string },
  declaration: Declaration,
): ScanDeclaration {
  const cookies = declaration.cookies.map((cookie, index) => {
    const read = scanCookie(cookie.name, cookie.match, cookie.duration ?? null);
    // The revision schema has refused bad patterns and durations already; this keeps the types honest.
    if ('error' in read) throw new Error(`declaration.cookies[${index}]: ${read.error}`);
    return { index, ...read, storage: cookie.storage, category: cookie.category ?? null, domains: cookie.domains };
  });
  return {
    ...revision,
    digest: null,
    categories: declaration.categories.map((c) => scanCategory(c.id, c.name, c.required, c.consent ?? 'opt-in')),
    cookies,
  };
}

/**
 * Check a published declaration document read from `source` (a URL or a file) — its schema, then
 * its RFC 8785 digest — and return it as a scan reads it, or say what is wrong. Cookie patterns are
 * made again from each name and match, so that no regular expression of the document itself runs.
 */
export function scanDeclarationOfDocument(source: string, value: unknown): { declaration: ScanDeclaration } | { error: string } {
  const parsed = declarationDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => describeIssue(issue, value));
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    return {
      error: `${source} is not a Redline cookie declaration: ${issues.join('; ')}${more} — give the URL of /api/<policy>/declaration.json or a copy of it`,
    };
  }
  const document: DeclarationDocument = parsed.data;
  const { integrity, ...content } = document;
  const digest = canonicalDigest(content);
  if (digest !== integrity.digest) {
    return {
      error: `${source} does not match its integrity digest ${integrity.digest} (its content hashes to ${digest}) — it was altered after it was published, or is a damaged copy: fetch it again from the site`,
    };
  }
  const cookies: ScanCookie[] = [];
  for (const [index, cookie] of document.cookies.entries()) {
    const read = scanCookie(cookie.name, cookie.match, cookie.duration?.iso ?? null);
    if ('error' in read) return { error: `${source}: "cookies[${index}]" ${read.error} — the declaration cannot be matched against` };
    cookies.push({ index, ...read, storage: cookie.storage, category: cookie.category, domains: cookie.domains });
  }
  return {
    declaration: {
      policy: document.policy.id,
      version: document.policy.version,
      sourceSha256: document.policy.sourceSha256,
      digest: integrity.digest,
      categories: document.categories.map((c) => scanCategory(c.id, c.name, c.required, c.consent)),
      cookies,
    },
  };
}

// A category as a scan judges it, from a revision or a published document alike: a required one
// needs no consent whatever its `consent` says.
function scanCategory(id: string, name: string, required: boolean, consent: ScanCategory['consent']): ScanCategory {
  return { id, name, consent: required ? 'required' : consent };
}

function scanCookie(
  name: string,
  match: MatchKind,
  iso: string | null,
): { name: string; match: MatchKind; pattern: RegExp; duration: ScanCookie['duration'] } | { error: string } {
  const pattern = cookiePattern(name, match);
  if ('error' in pattern) return { error: `name: ${pattern.error}` };
  const duration = iso === null ? null : parseDuration(iso);
  if (duration && 'error' in duration) return { error: `duration: ${duration.error}` };
  return { name, match, pattern: new RegExp(pattern.pattern, 'u'), duration };
}

// One schema failure as the build words it — the path, the value found and what it must be — with
// the value cut short: the document comes from elsewhere.
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const path = formatPath(issue.path);
  const where = path === '' ? 'the document' : `"${path}"`;
  if (issue.code === 'unrecognized_keys')
    return `${where} has an unknown field ${issue.keys.map((key) => shortened(JSON.stringify(key))).join(', ')} — a Redline declaration has none such`;
  const found = valueAt(value, issue.path);
  if (found === undefined) return `the document has no ${where} — it ${mustBe(issue)}`;
  return `${where} is ${shortened(describeValue(found))} — it ${mustBe(issue)}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

// What the schema wanted, in words: zod's own messages ("Invalid input: expected …") are not sentences.
function mustBe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_value') return `must be ${issue.values.map((v) => shortened(JSON.stringify(v) ?? String(v))).join(' or ')}`;
  return `must be valid (${issue.message})`;
}

function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
