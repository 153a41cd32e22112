import { z } from 'astro/zod';
import { sha256 } from './policies-index.ts';
import { CHANGE_LABELS } from './schema.ts';

/** The version of the versions document format: 1.x only ever adds fields. */
export const VERSIONS_DOCUMENT_VERSION = '1.0';

const date = z.iso.date();
const url = z.url();

// Loose objects (`additionalProperties: {}` in JSON Schema): a later 1.x that adds a field stays
// valid against a copy of this schema a consumer saved, unlike the strict policies index, whose
// every added field breaks the validators pinned to it.
/** One published version of a policy, as `/api/<policy>/versions.json` lists it. */
export const policyVersionSchema = z
  .looseObject({
    version: date.describe('The version: its effective date. What an acceptance record stores, with sha256.'),
    effective: date.describe('The day it takes (or took) effect.'),
    published: date.nullable().describe('The day it was announced, when before effective.'),
    until: date.nullable().describe('For a superseded version, its last day in force.'),
    status: z.enum(['in-force', 'superseded', 'upcoming']).describe('Where it stands on asOf; upcoming ones are listed once announced.'),
    change: z
      .enum(CHANGE_LABELS)
      .nullable()
      .describe('How it changed the previous version: only material changes call for acceptance again. Null for the first.'),
    summary: z.string().nullable().describe('What changed, in plain language. Null for the first.'),
    sha256: sha256.describe('SHA-256 of its source file (line endings LF), as published now.'),
    formerSha256: z
      .array(sha256)
      .describe('Earlier SHA-256s of its source, oldest first, before errata corrected it: an acceptance stored with one is of this version.'),
    url: url.describe('The version, at its permanent URL.'),
    redlineUrl: url.nullable().describe('Its redline against the previous version.'),
    sourceUrl: url.describe('Its source file, named by its SHA-256.'),
  })
  .meta({ title: 'A version of a policy' });

/** Every published version of one policy, `/api/<policy>/versions.json`: for recording which version a user accepted and telling when to ask again. */
export const versionsDocumentSchema = z
  .looseObject({
    $schema: url.describe('The JSON Schema this document follows.'),
    specVersion: z
      .string()
      .regex(/^1\.\d+$/)
      .describe(`The format's version, ${VERSIONS_DOCUMENT_VERSION} now; a 1.x document is valid against this schema.`),
    policy: z.string().describe('The policy, as in its URL.'),
    title: z.string(),
    url: url.describe('The policy page: the version in force.'),
    asOf: date.describe('The day the statuses hold for: the day the site was built as of.'),
    timeZone: z
      .string()
      .min(1)
      .describe(
        'The IANA time zone whose calendar says which day it is for the site: a version takes effect at midnight there. The day to decide for when none is given.',
      ),
    inForce: date.nullable().describe('The version in force on asOf, if one has taken effect.'),
    versions: z.array(policyVersionSchema).describe('Every published version, oldest first.'),
  })
  .meta({
    title: 'Redline policy versions',
    description: 'Every published version of one policy, with dates, status, change label and SHA-256s, and which one is in force.',
  });

/** The versions document of one policy. */
export type VersionsDocument = z.infer<typeof versionsDocumentSchema>;

/** One version of the versions document. */
export type PolicyVersion = z.infer<typeof policyVersionSchema>;

/** Return the JSON Schema (draft 2020-12) of the versions document, published at `id`. */
export function versionsDocumentJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(versionsDocumentSchema, { target: 'draft-2020-12' }), $id: id };
}
