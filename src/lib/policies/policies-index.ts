import { z } from 'astro/zod';
import { LANGUAGE_TAG } from '../translations/languages.ts';
import { CHANGE_LABELS } from './schema.ts';

/** The version of the policies index format. */
export const POLICIES_INDEX_VERSION = '1.2';

const date = z.iso.date();
const url = z.url();
/** A SHA-256 as every published document writes it: 64 lowercase hex digits. */
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The JSON index of every policy and published revision, `/api/policies.json`. */
export const policiesIndexSchema = z
  .strictObject({
    $schema: url.describe('The JSON Schema this document follows.'),
    specVersion: z.literal(POLICIES_INDEX_VERSION),
    asOf: date.describe('The day the statuses hold for: the day the site was built as of.'),
    integrity: z
      .strictObject({
        algorithm: z.literal('sha256'),
        head: sha256.describe("The hash of the lock's last entry: save it, and a later head proves the record was only appended to."),
        entries: z.int().min(0).describe('How many entries the chain has.'),
        lockUrl: url.describe('The whole chain (redline.lock.json), to verify with npm run policy:verify.'),
      })
      .describe('The head of the hash chain that records every published source hash (added in 1.1).'),
    policies: z.array(
      z.strictObject({
        id: z.string().describe('The policy, as in its URL.'),
        title: z.string(),
        description: z.string(),
        url: url.describe('The policy page: the revision in force.'),
        historyUrl: url,
        feedUrl: url,
        inForce: date.nullable().describe('The revision in force, if one has taken effect.'),
        declarationUrl: url.nullable().describe('The cookie declaration in force, for a cookie policy.'),
        revisions: z.array(
          z.strictObject({
            version: date,
            effective: date,
            published: date.nullable(),
            until: date.nullable().describe('For a superseded revision, its last day in force.'),
            status: z.enum(['in-force', 'superseded', 'upcoming']),
            change: z.enum(CHANGE_LABELS).nullable(),
            summary: z.string().nullable(),
            url: url.describe('The revision, at its permanent URL.'),
            redlineUrl: url.nullable().describe('Its redline against the previous revision.'),
            declarationUrl: url.nullable(),
            sourceSha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the revision source file, line endings as LF.'),
            sourceUrl: url.describe('The source file, named by its SHA-256.'),
            lock: z
              .array(z.strictObject({ sha256, lockedOn: date, erratum: date.nullable(), entry: sha256.describe("The chain entry's own hash.") }))
              .describe('The hashes recorded since publication, oldest first; a later one follows a correction (erratum date). Empty until recorded.'),
            translations: z
              .array(
                z.strictObject({
                  lang: z
                    .string()
                    .regex(LANGUAGE_TAG)
                    .describe('The language, a BCP 47 tag as BCP 47 writes it (e.g. de, pt-BR): the name of its folder and the first segment of its URLs.'),
                  url: url.describe('The translated revision, at its permanent URL (/<lang>/<policy>/<version>/).'),
                  sourceSha256: sha256.describe(
                    "SHA-256 of the translation's own source file, line endings as LF (not of the revision it translates: see translationOf).",
                  ),
                  sourceUrl: url.describe("The translation's own source file, named by its SHA-256."),
                  translationOf: sha256.describe(
                    "The SHA-256 of the source revision it translates (that revision's sourceSha256), or a hash that revision had before a correction (state outdated).",
                  ),
                  state: z
                    .enum(['current', 'outdated'])
                    .describe('current: it translates the revision as it stands; outdated: as it stood before a correction.'),
                  categories: z
                    .array(z.strictObject({ id: z.string(), name: z.string().nullable(), description: z.string().nullable() }))
                    .describe(
                      "Translated texts of the revision declaration's categories, where the translation gives them (the sealed declaration JSON keeps the source's).",
                    ),
                }),
              )
              .describe('The revision in other languages, in the site order of languages (added in 1.2). Translations govern nothing: the revision does.'),
          }),
        ),
      }),
    ),
  })
  .meta({ title: 'Redline policies index', description: 'Every policy of a site and every published revision, with dates, status and hashes.' });

/** The policies index document. */
export type PoliciesIndex = z.infer<typeof policiesIndexSchema>;

/** Return the JSON Schema (draft 2020-12) of the policies index, published at `id`. */
export function policiesIndexJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(policiesIndexSchema, { target: 'draft-2020-12' }), $id: id };
}
