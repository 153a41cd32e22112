import { z } from 'astro/zod';
import { CHANGE_LABELS } from './change-labels.ts';
import { CONSENT_MODE_TYPES } from './consent-mode.ts';
import { LEGAL_BASES, STORAGE_KINDS } from './schema.ts';

/** The version of the JSON format; a breaking change gets a new schema URL (`…/v2.json`). */
export const SPEC_VERSION = '1.0';

const date = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
const listChange = z.strictObject({ added: z.array(z.string()), removed: z.array(z.string()) });
const entityChange = z.strictObject({
  added: z.array(z.string()).describe('Ids (for cookies: storage/name) only in this revision.'),
  removed: z.array(z.string()).describe('Ids only in the previous revision.'),
  modified: z.array(z.strictObject({ id: z.string(), fields: z.array(z.string()) })).describe('Ids in both whose fields differ.'),
});

/** The published JSON of one revision's cookie declaration: what integrations fetch and validate. */
export const declarationDocumentSchema = z
  .strictObject({
    $schema: z.url().describe('The JSON Schema this document follows.'),
    specVersion: z.literal(SPEC_VERSION).describe('Version of this format.'),
    policy: z
      .strictObject({
        id: z.string().describe('The policy, as in its URL.'),
        title: z.string(),
        version: date.describe('The revision: its effective date.'),
        effective: date,
        published: date.nullable().describe('When it was announced, if before it took effect.'),
        change: z.enum(CHANGE_LABELS).nullable().describe('material, editorial or technical; null for the first revision.'),
        url: z.url().describe('The revision, at its permanent URL.'),
        currentUrl: z.url().describe('The policy, whichever revision is in force.'),
        previousVersion: date.nullable(),
        sourceSha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('SHA-256 of the revision source file, line endings as LF.'),
      })
      .describe('The legal text this declaration belongs to.'),
    changes: z
      .strictObject({
        against: date.describe('The previous revision.'),
        categories: entityChange,
        providers: entityChange,
        cookies: entityChange,
        thirdPartyUses: listChange,
        dataCollected: listChange,
        consentControls: entityChange,
      })
      .nullable()
      .describe('What changed since the previous revision; null for the first.'),
    categories: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        purposes: z.array(z.string()),
        required: z.boolean().describe('Essential: set without consent.'),
        consent: z.enum(['required', 'opt-in', 'opt-out']),
        legalBasis: z.enum(LEGAL_BASES).nullable(),
        consentMode: z
          .array(z.enum(CONSENT_MODE_TYPES))
          .describe('Google Consent Mode v2 types the category governs; a type is granted only when every category governing it is.'),
        tcfPurposes: z.array(z.int().min(1).max(11)),
      }),
    ),
    providers: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        party: z.enum(['first', 'third']),
        privacyPolicy: z.url().nullable(),
        purposes: z.array(z.string()),
      }),
    ),
    cookies: z.array(
      z.strictObject({
        name: z.string(),
        match: z.enum(['exact', 'prefix', 'glob', 'regex']),
        pattern: z.string().describe('An anchored regular expression (ECMAScript and PCRE) matching the stored names.'),
        storage: z.enum(STORAGE_KINDS),
        category: z.string().nullable().describe('Its category; null when the policy does not say.'),
        provider: z.string(),
        party: z.enum(['first', 'third']),
        domains: z.array(z.string()),
        purpose: z.string(),
        duration: z.strictObject({ iso: z.string().describe('ISO 8601, days and time only.'), seconds: z.int().min(0) }).nullable(),
        session: z.boolean(),
      }),
    ),
    thirdPartyUses: z.array(z.string()),
    dataCollected: z.array(z.string()),
    consentControls: z.array(z.strictObject({ method: z.enum(['banner', 'settings', 'browser', 'other']), description: z.string() })),
    integrity: z
      .strictObject({
        algorithm: z.literal('sha256'),
        canonicalization: z.literal('RFC 8785'),
        digest: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('SHA-256 of the RFC 8785 canonical JSON of this document without "integrity".'),
      })
      .describe('Lets a consumer check the document was not altered.'),
  })
  .meta({
    title: 'Redline cookie declaration',
    description: 'The cookie categories, providers, cookies and data collected that one dated revision of a cookie policy declares.',
  });

/** One revision's published cookie declaration. */
export type DeclarationDocument = z.infer<typeof declarationDocumentSchema>;

/** Return the JSON Schema (draft 2020-12) of the declaration document, published at `id`. */
export function declarationJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(declarationDocumentSchema, { target: 'draft-2020-12' }), $id: id };
}
