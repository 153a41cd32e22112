import { z } from 'astro/zod';
import { CONSENT_MODE_TYPES } from './consent-mode.ts';
import { cookiePattern } from './cookie-pattern.ts';
import { parseDuration } from './parse-duration.ts';

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const id = z
  .string({ error: 'must be text' })
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: 'must be a lowercase id such as "analytics" or "session-cookies"' });

/** Legal bases of the GDPR (Art. 6(1)), plus the ePrivacy exemption for strictly necessary storage (Art. 5(3)). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
  'strictly-necessary',
] as const;

/** Where a cookie or other stored item lives in the browser. */
export const STORAGE_KINDS = ['http_cookie', 'local_storage', 'session_storage', 'indexed_db', 'pixel', 'other'] as const;

/** A category of cookies, as the policy text describes it under a heading of the same name. */
export const categorySchema = z.strictObject({
  /** Stable id, used by cookies, consent banners and the JSON (e.g. `analytics`). */
  id,
  /** The name readers see; the policy text must have a heading with exactly this text. */
  name: text,
  /** What the category is for, in one or two sentences. */
  description: text,
  /** The uses the text lists for the category, each as written there. */
  purposes: z.array(text).min(1, { error: 'must list at least one purpose' }),
  /** Whether the category is essential: set without consent. */
  required: z.boolean({ error: 'must be true or false' }),
  /** For a category that is not required: `opt-in` (off until accepted) or `opt-out` (on until refused). */
  consent: z.enum(['opt-in', 'opt-out'], { error: 'must be opt-in or opt-out' }).optional(),
  /** The legal basis, when the text states one. */
  legalBasis: z.enum(LEGAL_BASES, { error: `must be one of ${LEGAL_BASES.join(', ')}` }).optional(),
  /** The Google Consent Mode v2 types this category governs. */
  consentMode: z.array(z.enum(CONSENT_MODE_TYPES, { error: `must be one of ${CONSENT_MODE_TYPES.join(', ')}` })).default([]),
  /** IAB TCF v2 purpose ids (1–11) the category corresponds to, if any. */
  tcfPurposes: z.array(z.int().min(1).max(11, { error: 'must be an IAB TCF purpose id from 1 to 11' })).optional(),
});

/** A company that sets cookies or reads them. */
export const providerSchema = z.strictObject({
  /** Stable id, used by cookies. */
  id,
  /** The provider's name. */
  name: text,
  /** `first` for the site owner, `third` for anyone else. */
  party: z.enum(['first', 'third'], { error: 'must be first or third' }),
  /** The provider's privacy policy. */
  privacyPolicy: z.url({ error: 'must be a full URL such as https://example.com/privacy' }).optional(),
  /** What the provider does for the site. */
  purposes: z.array(text).default([]),
});

/** One cookie or other stored item. */
export const cookieSchema = z.strictObject({
  /** Its name, or a pattern of names (see `match`). */
  name: text,
  /** `exact` (default), `prefix`, `glob` (`*` and `?`) or `regex`. */
  match: z.enum(['exact', 'prefix', 'glob', 'regex'], { error: 'must be exact, prefix, glob or regex' }).default('exact'),
  /** Where it is stored. Default `http_cookie`. */
  storage: z.enum(STORAGE_KINDS, { error: `must be one of ${STORAGE_KINDS.join(', ')}` }).default('http_cookie'),
  /** The id of its category, when the policy states one. */
  category: id.optional(),
  /** The id of its provider. */
  provider: id,
  /**
   * The domains it is set on, each standing for the host and every subdomain of it, as a cookie's
   * Domain attribute does (RFC 6265): `example.com`, `.example.com` and `*.example.com` alike (the
   * device storage disclosure writes `example.com` and `*.example.com`; the scan matches them). By
   * default the site's own: the owner's host and its subdomains, or the scanned host in a scan.
   */
  domains: z.array(text).default([]),
  /** What it is for. */
  purpose: text,
  /** How long it lasts: ISO 8601 days and time (`P400D`, `PT30M`). Leave out for a session cookie. */
  duration: z.string({ error: 'must be text such as P400D' }).optional(),
  /** Whether it ends with the browser session. */
  session: z.boolean({ error: 'must be true or false' }).default(false),
});

/** One way a visitor can give, refuse or change consent. */
export const consentControlSchema = z.strictObject({
  /** The banner on a first visit, the cookie settings, the browser, or something else. */
  method: z.enum(['banner', 'settings', 'browser', 'other'], { error: 'must be banner, settings, browser or other' }),
  /** How, in the policy's words. */
  description: text,
});

/**
 * The cookie declaration of one revision, in its front matter under `declaration:`. Kept in the
 * revision file so that the revision's hash covers its text and its data together.
 */
export const declarationSchema = z
  .strictObject({
    /** The categories, in the order the text gives them (none when the text gives none, e.g. an imported cookie list). */
    categories: z.array(categorySchema).default([]),
    /** The providers cookies come from. */
    providers: z.array(providerSchema).default([]),
    /** What third-party services are used for, as the text lists it. */
    thirdPartyUses: z.array(text).default([]),
    /** The cookies and other stored items, when the policy names them. */
    cookies: z.array(cookieSchema).default([]),
    /** The data cookies collect, as the text lists it. */
    dataCollected: z.array(text).default([]),
    /** How a visitor controls cookies. */
    consentControls: z.array(consentControlSchema).default([]),
  })
  .superRefine((declaration, ctx) => {
    for (const issue of checkDeclaration(declaration))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { sentence: true } });
  });

/** A validated cookie declaration. */
export type Declaration = z.infer<typeof declarationSchema>;

// The rules across a declaration's parts live beside the schema they refine, so that the schema
// and its check do not import each other.

/** A problem found across the declaration's parts, at a path inside it. */
export interface DeclarationIssue {
  /** Path inside the declaration, e.g. `['cookies', 2, 'category']`. */
  path: (string | number)[];
  /** What is wrong and how to fix it. */
  message: string;
}

interface Parts {
  categories: z.infer<typeof categorySchema>[];
  providers: z.infer<typeof providerSchema>[];
  cookies: z.infer<typeof cookieSchema>[];
}

/**
 * Check what one field cannot check alone: unique ids, cookies that name a declared category and
 * provider, names that make valid patterns, durations in days and time, and consent that agrees
 * with `required`.
 */
export function checkDeclaration({ categories, providers, cookies }: Parts): DeclarationIssue[] {
  const issues: DeclarationIssue[] = [...duplicates('categories', categories), ...duplicates('providers', providers)];
  if (categories.length === 0 && cookies.length === 0) {
    issues.push({
      path: ['categories'],
      message: 'is empty and so are the cookies — declare the categories the text describes, or the cookies it lists',
    });
  }
  categories.forEach((category, i) => {
    if (category.required && category.consent) {
      issues.push({
        path: ['categories', i, 'consent'],
        message: `is ${category.consent}, but the category is required (set without consent) — remove "consent", or set "required: false"`,
      });
    }
    if (!category.required && !category.consent) {
      issues.push({
        path: ['categories', i, 'consent'],
        message:
          'is missing: a category that is not required says how consent works — write "consent: opt-in" or "consent: opt-out", or set "required: true"',
      });
    }
  });
  const categoryIds = categories.map((c) => c.id);
  const providerIds = providers.map((p) => p.id);
  cookies.forEach((cookie, i) => {
    if (cookie.category !== undefined && !categoryIds.includes(cookie.category)) {
      issues.push({
        path: ['cookies', i, 'category'],
        message: `"${cookie.category}" is not a declared category (${categoryIds.join(', ')}) — declare it under categories or use one of those ids`,
      });
    }
    if (!providerIds.includes(cookie.provider)) {
      const declared = providerIds.length > 0 ? providerIds.join(', ') : 'none declared';
      issues.push({
        path: ['cookies', i, 'provider'],
        message: `"${cookie.provider}" is not a declared provider (${declared}) — declare it under providers or use one of those ids`,
      });
    }
    const pattern = cookiePattern(cookie.name, cookie.match);
    if ('error' in pattern) issues.push({ path: ['cookies', i, 'name'], message: pattern.error });
    if (cookie.session && cookie.duration !== undefined) {
      issues.push({ path: ['cookies', i, 'duration'], message: 'is set on a session cookie — remove "duration", or "session: true"' });
    } else if (!cookie.session && cookie.duration === undefined) {
      issues.push({
        path: ['cookies', i, 'duration'],
        message: 'is missing — write how long the cookie lasts, e.g. "duration: P400D", or "session: true"',
      });
    } else if (cookie.duration !== undefined) {
      const duration = parseDuration(cookie.duration);
      if ('error' in duration) issues.push({ path: ['cookies', i, 'duration'], message: duration.error });
    }
  });
  return issues;
}

function duplicates(list: string, items: readonly { id: string }[]): DeclarationIssue[] {
  return items.flatMap((item, i) =>
    items.findIndex((other) => other.id === item.id) < i
      ? [{ path: [list, i, 'id'], message: `"${item.id}" is used twice in ${list} — give each one its own id` }]
      : [],
  );
}
