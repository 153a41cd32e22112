import { verifyDeclaration, type ConsentDeclaration } from '../lib/consent/index.ts';

/**
 * Fetch a declaration, verify its shape and its RFC 8785 digest (`verifyDeclaration`), and return
 * it — or say what is wrong with which URL. Without Web Crypto (outside a secure context) the
 * digest cannot be checked, so the declaration is refused like any other that fails.
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
  return verifyDeclaration(url, json, globalThis.crypto?.subtle);
}
