import { describe, expect, test } from 'vitest';
import { policiesIndexJsonSchema } from '../../../src/lib/policies/index.ts';
import { compileSchema } from '../../helpers/json-schema.ts';

type Schema = { properties: Record<string, Schema>; items: Schema; pattern?: string; description?: string };

// The JSON Schema of one entry of a revision's `translations`, compiled on its own.
const schema = policiesIndexJsonSchema('https://policies.example/schemas/policies/v1.json') as unknown as Schema;
const translation = schema.properties['policies']?.items.properties['revisions']?.items.properties['translations']?.items as Schema;
const validate = compileSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...translation });

const entry = (lang: string): Record<string, unknown> => ({
  lang,
  url: `https://policies.example/${lang}/cookies/2026-03-14/`,
  sourceSha256: 'a'.repeat(64),
  sourceUrl: `https://policies.example/sources/${'a'.repeat(64)}.mdx`,
  translationOf: 'b'.repeat(64),
  state: 'current',
  categories: [],
});

describe('policiesIndexJsonSchema, a revision’s translations', () => {
  test.each(['de', 'fr', 'pt-BR', 'sr-Latn-RS', 'es-419', 'de-1996', 'ca-valencia'])('takes the language %j', (lang) => {
    expect(validate(entry(lang)), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each(['de_DE', 'DE', 'pt-br', 'de-u-co-phonebk', 'de-x-legal', '', 'German'])('refuses the language %j, not as BCP 47 writes a tag', (lang) => {
    expect(validate(entry(lang))).toBe(false);
  });

  test('says translationOf is the hash of the revision it translates, and sourceSha256 the translation’s own', () => {
    expect(translation.properties['translationOf']?.description).toMatch(
      /^The SHA-256 of the source revision it translates \(that revision's sourceSha256\)/,
    );
    expect(translation.properties['sourceSha256']?.description).toMatch(/^SHA-256 of the translation's own source file/);
  });
});
