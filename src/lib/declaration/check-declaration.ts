import type { z } from 'astro/zod';
import { cookiePattern } from './cookie-pattern.ts';
import { parseDuration } from './parse-duration.ts';
import type { categorySchema, cookieSchema, providerSchema } from './schema.ts';

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
