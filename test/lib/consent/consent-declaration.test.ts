import { webcrypto } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { validateDeclaration, verifyDeclaration } from '../../../src/lib/consent/index.ts';
import { declarationChain } from '../../helpers/consent-declarations.ts';

const [first, second] = declarationChain([{ effective: '2025-01-20' }, { effective: '2026-03-14', change: 'material' }]);
const clone = (): Record<string, any> => structuredClone(second) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('validateDeclaration', () => {
  test('accepts the documents the site publishes, first revision and later ones', () => {
    expect(validateDeclaration(first)).toEqual({ declaration: first });
    expect(validateDeclaration(second)).toEqual({ declaration: second });
  });

  test.each([
    ['not an object', () => 'hello', '"(document)" is "hello", expected a JSON object'],
    ['another format', () => ({ ...clone(), specVersion: '2.0' }), '"specVersion" is "2.0"'],
    ['no policy', () => ({ ...clone(), policy: undefined }), '"policy" is missing'],
    ['a version that is no date', () => ((d) => ((d.policy.version = '14 March 2026'), d))(clone()), '"policy.version" is "14 March 2026"'],
    ['an unknown change label', () => ((d) => ((d.policy.change = 'minor'), d))(clone()), '"policy.change" is "minor"'],
    ['a policy link that runs script', () => ((d) => ((d.policy.currentUrl = 'javascript:alert(1)'), d))(clone()), 'policy.currentUrl'],
    ['categories that are no list', () => ({ ...clone(), categories: {} }), '"categories" is {}'],
    ['a category without id', () => ((d) => (delete d.categories[1].id, d))(clone()), '"categories[1].id" is missing'],
    [
      'a duplicate category id',
      () => ((d) => ((d.categories[2].id = 'analytics'), d))(clone()),
      '"categories[2].id" is "analytics", expected a unique id',
    ],
    ['required as text', () => ((d) => ((d.categories[0].required = 'yes'), d))(clone()), '"categories[0].required" is "yes"'],
    ['an unknown Consent Mode type', () => ((d) => ((d.categories[1].consentMode = ['ads']), d))(clone()), '"categories[1].consentMode"'],
    ['changes without categories', () => ({ ...clone(), changes: {} }), '"changes" is {}'],
    ['no digest', () => ({ ...clone(), integrity: { digest: 'abc' } }), '"integrity.digest" is "abc", expected 64 hex digits'],
  ])('refuses %s, naming the field and its value', (_name, make, message) => {
    const result = validateDeclaration(make());
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(message);
  });
});

const url = 'https://policies.example.org/api/cookies/declaration.json';
const [sealed] = declarationChain([{ effective: '2026-03-14', categories: ['essential', 'analytics'] }]);
const subtle = webcrypto.subtle as SubtleCrypto;
// Analytics marked required without resealing: what a damaged or mismatched copy could say.
const tampered = () => ({ ...sealed!, categories: sealed!.categories.map((c) => ({ ...c, required: true })) });
const throwing = { digest: () => Promise.reject(new Error('SHA-256 is not supported')) } as unknown as SubtleCrypto;

describe('verifyDeclaration', () => {
  test('accepts a sealed declaration whose content matches its digest', async () => {
    expect(await verifyDeclaration(url, sealed, subtle)).toEqual({ declaration: sealed });
  });

  test('refuses a declaration altered after sealing, naming both digests', async () => {
    expect(await verifyDeclaration(url, tampered(), subtle)).toEqual({
      error: expect.stringMatching(
        `^${url} does not match its integrity digest ${sealed!.integrity.digest} \\(its content hashes to [0-9a-f]{64}\\)$`,
      ),
    });
  });

  test.each([
    ['without Web Crypto', undefined, 'no Web Crypto, which needs a secure context'],
    ['when the digest cannot be computed', throwing, 'Error: SHA-256 is not supported'],
  ])('fails closed %s, for a sealed declaration and an altered one alike', async (_name, webCrypto, reason) => {
    for (const declaration of [sealed, tampered()]) {
      expect(await verifyDeclaration(url, declaration, webCrypto)).toEqual({
        error: `${url} cannot be checked against its integrity digest (${reason})`,
      });
    }
  });

  test.each([
    ['no integrity', () => ({ ...sealed!, integrity: undefined }), '"integrity.digest" is missing'],
    ['a malformed digest', () => ({ ...sealed!, integrity: { digest: 'sha256-abc' } }), '"integrity.digest" is "sha256-abc"'],
  ])('refuses a declaration with %s, with or without Web Crypto', async (_name, make, message) => {
    for (const webCrypto of [subtle, undefined, throwing]) {
      expect(await verifyDeclaration(url, make(), webCrypto)).toEqual({
        error: `${url} is not a cookie declaration: ${message}, expected 64 hex digits`,
      });
    }
  });
});
