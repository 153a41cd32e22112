import { webcrypto } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { verifyDeclaration } from '../../../src/lib/consent/index.ts';
import { declarationChain } from '../../helpers/consent-declarations.ts';

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
