import { canonicalJson, validateDeclaration, type ConsentDeclaration } from '../lib/consent/index.ts';

async function sha256(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetch a declaration, check its shape and its RFC 8785 digest, and return it — or say what is
 * wrong with which URL. (Without Web Crypto, outside a secure context, the digest is not checked.)
 */
export async function loadDeclaration(url: string): Promise<{ declaration: ConsentDeclaration } | { error: string }> {
  let json: unknown;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return { error: `${url} answered HTTP ${response.status}` };
    json = await response.json();
  } catch (error) {
    return { error: `${url} could not be fetched or read as JSON (${String(error)})` };
  }
  const result = validateDeclaration(json);
  if ('error' in result) return { error: `${url} is not a cookie declaration: ${result.error}` };
  if (globalThis.crypto?.subtle) {
    const { integrity, ...content } = json as { integrity: { digest: string } };
    const digest = await sha256(canonicalJson(content));
    if (digest !== integrity.digest)
      return { error: `${url} does not match its integrity digest ${integrity.digest} (its content hashes to ${digest})` };
  }
  return result;
}
