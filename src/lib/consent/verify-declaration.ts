import { canonicalJson } from './canonical-json.ts';
import type { ConsentDeclaration } from './consent-declaration.ts';
import { validateDeclaration } from './validate-declaration.ts';

/**
 * Check a declaration fetched from `url` — its shape, then its RFC 8785 SHA-256 digest with Web
 * Crypto's `subtle` — and return it typed, or say what is wrong. Fail closed: without `subtle`
 * (browsers offer it only in a secure context) or when the digest cannot be computed, the
 * declaration is refused, never used unchecked.
 *
 * The digest catches accidental damage and mismatched copies (a CDN or cache serving a stale or
 * altered file); it cannot catch a forged declaration served from the same origin, which would
 * carry a matching digest.
 */
export async function verifyDeclaration(
  url: string,
  value: unknown,
  subtle: SubtleCrypto | undefined,
): Promise<{ declaration: ConsentDeclaration } | { error: string }> {
  const result = validateDeclaration(value);
  if ('error' in result) return { error: `${url} is not a cookie declaration: ${result.error}` };
  // Every member but `integrity` is hashed, fields the banner does not read included.
  const { integrity, ...content } = result.declaration;
  let digest: string;
  try {
    // Without `subtle` this throws too, and lands in the same refusal (fewer bytes than a branch).
    const hash = await (subtle as SubtleCrypto).digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
    digest = [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch (error) {
    const reason = subtle ? String(error) : 'no Web Crypto, which needs a secure context';
    return { error: `${url} cannot be checked against its integrity digest (${reason})` };
  }
  if (digest !== integrity.digest)
    return { error: `${url} does not match its integrity digest ${integrity.digest} (its content hashes to ${digest})` };
  return result;
}
