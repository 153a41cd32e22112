import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  buildDeclarationDocument,
  declarationJsonSchema,
  declarationSchema,
  type Declaration,
} from '../../../src/lib/declaration/index.ts';
import { compileSchema } from '../../helpers/json-schema.ts';

const declaration = (extra: object = {}): Declaration =>
  declarationSchema.parse({
    categories: [
      {
        id: 'essential',
        name: 'Essential',
        description: 'Needed.',
        purposes: ['login'],
        required: true,
        consentMode: ['security_storage'],
      },
      {
        id: 'analytics',
        name: 'Analytics',
        description: 'Counts.',
        purposes: ['visits'],
        required: false,
        consent: 'opt-in',
        consentMode: ['analytics_storage'],
      },
    ],
    providers: [{ id: 'mailly', name: 'Mailly', party: 'first' }],
    cookies: [
      { name: 'session_id', category: 'essential', provider: 'mailly', purpose: 'Keeps you signed in.', session: true },
      { name: '_ga_*', match: 'glob', category: 'analytics', provider: 'mailly', purpose: 'Counts visits.', duration: 'P400D' },
    ],
    dataCollected: ['IP address'],
    ...extra,
  });

const source = {
  schemaUrl: 'https://policies.example.org/schemas/cookie-declaration/v1.json',
  policy: { id: 'cookies', title: 'Cookie Policy' },
  url: 'https://policies.example.org/cookies/2026-03-14/',
  currentUrl: 'https://policies.example.org/cookies/',
  sourceSha256: 'a'.repeat(64),
};

describe('buildDeclarationDocument', () => {
  const document = buildDeclarationDocument({
    ...source,
    revision: { effective: '2026-03-14', change: 'material', declaration: declaration({ dataCollected: ['IP address', 'browser type'] }) },
    previous: { effective: '2025-09-01', declaration: declaration() },
  });

  test('validates against its own JSON Schema, itself valid draft 2020-12', () => {
    const validate = compileSchema(declarationJsonSchema(source.schemaUrl));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  test('seals the document with the SHA-256 of its RFC 8785 form without "integrity"', () => {
    const { integrity, ...rest } = document;
    expect(integrity.digest).toBe(
      createHash('sha256')
        .update(canonicalize(rest) ?? '')
        .digest('hex'),
    );
    // Key order does not matter to the digest: that is what canonicalisation is for.
    const reordered = Object.fromEntries(Object.entries(rest).reverse());
    expect(
      createHash('sha256')
        .update(canonicalize(reordered) ?? '')
        .digest('hex'),
    ).toBe(integrity.digest);
  });

  test('writes cookies with a portable pattern and their duration in seconds', () => {
    expect(document.cookies).toEqual([
      expect.objectContaining({ name: 'session_id', pattern: '^session_id$', session: true, duration: null, party: 'first' }),
      expect.objectContaining({ name: '_ga_*', pattern: '^_ga_.*$', session: false, duration: { iso: 'P400D', seconds: 34_560_000 } }),
    ]);
  });

  test('says what changed against the previous revision', () => {
    expect(document.changes).toEqual({
      against: '2025-09-01',
      categories: { added: [], removed: [], modified: [] },
      providers: { added: [], removed: [], modified: [] },
      cookies: { added: [], removed: [], modified: [] },
      thirdPartyUses: { added: [], removed: [] },
      dataCollected: { added: ['browser type'], removed: [] },
      consentControls: { added: [], removed: [], modified: [] },
    });
  });

  test('has no changes for a first revision, and keeps the consent model of each category', () => {
    const first = buildDeclarationDocument({ ...source, revision: { effective: '2025-01-20', declaration: declaration() } });
    expect(first.changes).toBeNull();
    expect(first.policy).toMatchObject({ previousVersion: null, change: null, published: null });
    expect(first.categories.map((c) => [c.id, c.consent])).toEqual([
      ['essential', 'required'],
      ['analytics', 'opt-in'],
    ]);
  });
});
