import { z } from 'astro/zod';
import { categorySchema } from '../declaration/schema.ts';

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** The translated texts of one category of the source revision's cookie declaration. */
export const translatedCategorySchema = z.strictObject({
  /** The id of the category in the source revision's declaration (e.g. `analytics`). */
  id: categorySchema.shape.id,
  /** Its name in this language: a heading of the translation's text, as the source's name is of the source's. */
  name: text.optional(),
  /** Its description in this language. */
  description: text.optional(),
});

/** The translated texts of a category, by id. */
export type TranslatedCategory = z.infer<typeof translatedCategorySchema>;

/**
 * Front matter of one translation, `policies/<policy>/<lang>/<YYYY-MM-DD>.mdx`: the revision it
 * translates (by the SHA-256 of its source) and the texts of that revision in the translation's
 * language. Dates, the change label and the declaration's data are the source revision's.
 */
export const translationSchema = z.strictObject({
  /**
   * The SHA-256 of the source revision file it translates (64 lowercase hex digits, line endings as
   * LF), as `sha256sum` computes it and `/api/policies.json` gives it as that revision's
   * `sourceSha256` (not a translation's own `sourceSha256`).
   */
  translationOf: z
    .string({ error: 'must be text' })
    .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in lowercase hex (64 characters)' }),
  /** The policy's title in this language (else the source's title is shown, marked as in the source language). */
  title: text.optional(),
  /** The revision's summary in this language (else the source's summary is shown, marked). */
  summary: text.optional(),
  /** Translated texts of the source revision's declaration categories, by id; nothing else of the declaration is translated. */
  declaration: z
    .strictObject({
      /** The categories given in this language. */
      categories: z.array(translatedCategorySchema).default([]),
    })
    .optional(),
  /** Let the translation use bidirectional isolates and marks, as on a revision (see revisionSchema.allowBidi). Default: false. */
  allowBidi: z.boolean({ error: 'must be true or false' }).optional(),
});

/** A translation's front matter after validation. */
export type TranslationFrontmatter = z.infer<typeof translationSchema>;

/** How to write each front matter field of a translation, appended to errors about it. */
export const TRANSLATION_FIELD_HINTS = {
  translationOf:
    'write the SHA-256 of the revision file it translates, as sha256sum gives it: that revision\'s "sourceSha256" in /api/policies.json (not the "sourceSha256" of one of its translations)',
  title: "write the policy's title in this language, or remove the field",
  summary: "write the revision's summary in this language, or remove the field",
  declaration: 'give translated category texts as { categories: [{ id, name, description }] } (see the README)',
  allowBidi: 'write true to let right-to-left text use bidirectional isolates and marks, or remove the field',
} as const;
