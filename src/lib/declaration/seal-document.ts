import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { DeclarationDocument } from './document-schema.ts';

/** Return the SHA-256 (hex) of a JSON value's RFC 8785 (JSON Canonicalization Scheme) form. */
export function canonicalDigest(value: unknown): string {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new Error('The value has no JSON form to canonicalize.');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Add the `integrity` member: the digest of the document's canonical form without it. */
export function sealDocument(document: Omit<DeclarationDocument, 'integrity'>): DeclarationDocument {
  return { ...document, integrity: { algorithm: 'sha256', canonicalization: 'RFC 8785', digest: canonicalDigest(document) } };
}
