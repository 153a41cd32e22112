import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../../src/lib/consent/index.ts';
import { canonicalDigest } from '../../../src/lib/declaration/index.ts';
import { declarationChain } from '../../helpers/consent-declarations.ts';
import { createHash } from 'node:crypto';

describe('canonicalJson', () => {
  test('sorts members by UTF-16 code units and drops whitespace (RFC 8785, section 3.2.3 example order)', () => {
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '1': 4, '\u00f6': 5 })).toBe('{"\\r":2,"1":4,"ö":5,"€":1,"😀":3}');
  });

  test('writes what the canonicalize package writes for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
    );
  });

  test('gives the digest a declaration is sealed with', () => {
    const [document] = declarationChain([{ effective: '2026-03-14' }]);
    const { integrity, ...rest } = document!;
    expect(createHash('sha256').update(canonicalJson(rest)).digest('hex')).toBe(integrity.digest);
    expect(canonicalDigest(rest)).toBe(integrity.digest);
  });
});
