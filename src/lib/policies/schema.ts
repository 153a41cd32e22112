import { z } from 'astro/zod';
import { isCalendarDate } from '../dates/index.ts';
import { CHANGE_LABELS } from '../declaration/change-labels.ts';
import { declarationSchema } from '../declaration/schema.ts';

// The change labels are shared with the declaration document, so they live in the lower folder;
// they stay exported here for the code that reads them with the revision schema.
export { CHANGE_LABELS };
export type { ChangeLabel } from '../declaration/change-labels.ts';

/** Which pairs of a policy's revisions get a compare page (see policyMetaSchema.compare). */
export const COMPARE_MODES = ['all', 'adjacent'] as const;

/** Say which pairs of a policy's revisions get a compare page. */
export type CompareMode = (typeof COMPARE_MODES)[number];

/**
 * Accept a calendar date as YAML gives it and hand back `YYYY-MM-DD`.
 *
 * YAML (js-yaml, as Astro uses it) turns an unquoted `2026-03-14` into a `Date` at UTC midnight; a
 * quoted one stays a string. Both mean the same day. A value with a time of day is refused: a legal
 * date is a day, and an instant would let a time zone move it.
 */
export const calendarDateSchema = z
  .union([z.string(), z.date()], { error: 'must be a date written YYYY-MM-DD' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
      if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
      ctx.addIssue({ code: 'custom', message: 'must be a calendar date without a time of day, written YYYY-MM-DD' });
      return z.NEVER;
    }
    if (isCalendarDate(value)) return value;
    ctx.addIssue({ code: 'custom', message: 'must be a real date written YYYY-MM-DD' });
    return z.NEVER;
  });

/** A correction of a published revision, recorded in its front matter so the change is public. */
export const erratumSchema = z.strictObject({
  /** The day the correction was made. */
  date: calendarDateSchema,
  /** What was corrected and why, in plain language. */
  description: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }),
  /** The SHA-256 the revision had before this correction (as the lock file records it). */
  previousSha256: z.string({ error: 'must be text' }).regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in lowercase hex (64 characters), as in policies/redline.lock.json' }),
});

/** One correction of a published revision. */
export type Erratum = z.infer<typeof erratumSchema>;

/** Front matter of one revision file, `policies/<policy>/<YYYY-MM-DD>.mdx`. */
export const revisionSchema = z.strictObject({
  /** The day this revision takes effect. Must equal the file name. */
  effective: calendarDateSchema,
  /** The day this revision was announced, on or before `effective` (the notice period). Optional. */
  published: calendarDateSchema.optional(),
  /** What changed, in plain language. Required for every revision but the first. */
  summary: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
  /** How the revision changed the policy. Required for every revision but the first. */
  change: z.enum(CHANGE_LABELS, { error: `must be one of ${CHANGE_LABELS.join(', ')}` }).optional(),
  /** The cookie declaration (categories, providers, cookies, data collected), for cookie policies. */
  declaration: declarationSchema.optional(),
  /** Corrections made after the revision was published, oldest first. */
  errata: z.array(erratumSchema).optional(),
  /**
   * Let this revision use the bidirectional isolates (U+2066–U+2069) and marks (U+200E, U+200F,
   * U+061C) that right-to-left text may need. Without it they are refused, since they can make text
   * display in another order than it is written; overrides and control characters are refused always.
   * Default: false.
   */
  allowBidi: z.boolean({ error: 'must be true or false' }).optional(),
});

/** A revision's front matter after validation. */
export type RevisionFrontmatter = z.infer<typeof revisionSchema>;

/** Metadata of one policy, `policies/<policy>/policy.yml`. */
export const policyMetaSchema = z.strictObject({
  /** The policy's title, e.g. "Cookie Policy". */
  title: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }),
  /** One sentence saying what the policy covers, shown on the index. */
  description: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }),
  /** Position on the index, lowest first; ties are broken by title. Default 0. */
  order: z.int({ error: 'must be a whole number' }).default(0),
  /**
   * Which pairs of revisions get a compare page. `all` (default): every pair, n·(n−1)/2 of them.
   * `adjacent`: each revision against the one before it and against the one in force, under 2n —
   * for histories so long that every pair would make the build too slow.
   */
  compare: z.enum(COMPARE_MODES, { error: `must be one of ${COMPARE_MODES.join(', ')}` }).default('all'),
  /** Let policy.yml use the bidirectional isolates and marks right-to-left titles may need (see revisionSchema.allowBidi). Default: false. */
  allowBidi: z.boolean({ error: 'must be true or false' }).optional(),
});

/** A policy's metadata after validation. */
export type PolicyMeta = z.infer<typeof policyMetaSchema>;
