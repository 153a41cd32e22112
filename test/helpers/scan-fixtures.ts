import { readFileSync } from 'node:fs';
import { buildDeclarationDocument, type Declaration, type DeclarationDocument } from '../../src/lib/declaration/index.ts';
import { checkRevisionFile, sourceSha256 } from '../../src/lib/policies/index.ts';
import type { ScanChoice, ScanState, SiteObservation, StoredItem } from '../../src/lib/scan/index.ts';
import { fixturePath } from './fixtures.ts';

/** The Example Shop's cookie policy that the scan tests hold their fixture site to (test/fixtures/scan). */
export const SHOP_REVISION = 'cookies/2026-01-01.mdx';

/** Read the Example Shop's revision: its text and its declaration, checked as the build checks it. */
export function shopRevision(): { text: string; declaration: Declaration } {
  const text = readFileSync(fixturePath('scan/policies', SHOP_REVISION), 'utf8');
  const check = checkRevisionFile(SHOP_REVISION, '2026-01-01.mdx', text);
  const declaration = check.revision?.data.declaration;
  if (check.problems.length > 0 || !declaration) throw new Error(`${SHOP_REVISION}: ${check.problems.map((p) => p.message).join('; ')}`);
  return { text, declaration };
}

/** The Example Shop's declaration as its site would publish it, sealed. */
export function shopDocument(): DeclarationDocument {
  const { text, declaration } = shopRevision();
  return buildDeclarationDocument({
    schemaUrl: 'https://shop.example/schemas/cookie-declaration/v1.json',
    policy: { id: 'cookies', title: 'Cookie Policy' },
    revision: { effective: '2026-01-01', declaration },
    url: 'https://shop.example/cookies/2026-01-01/',
    currentUrl: 'https://shop.example/cookies/',
    sourceSha256: sourceSha256(text),
  });
}

/** The moment the made-up observations are taken: 2026-06-01, in seconds since the epoch. */
export const SEEN_AT = Date.UTC(2026, 5, 1) / 1000;

/** A cookie as a scan records it: first party on `127.0.0.1`, path `/`, kept `days` (a session cookie without). */
export function cookie(name: string, days?: number, place: Partial<StoredItem> = {}): StoredItem {
  return {
    storage: 'http_cookie',
    name,
    domain: '127.0.0.1',
    origin: null,
    path: '/',
    expires: days === undefined ? null : SEEN_AT + days * 86400,
    seenAt: SEEN_AT,
    ...place,
  };
}

/** A web storage entry or IndexedDB database as a scan records it, of `http://127.0.0.1:8080` unless `origin` says otherwise. */
export function stored(
  storage: 'local_storage' | 'session_storage' | 'indexed_db',
  name: string,
  origin = 'http://127.0.0.1:8080',
): StoredItem {
  return { storage, name, domain: new URL(origin).hostname, origin, path: null, expires: null, seenAt: SEEN_AT };
}

/**
 * Make an observation of `http://127.0.0.1:8080/` from what each state held, on one page each
 * unless pages are given. The choices are clicks on selectors; given `consentCookie`, they are made
 * on Redline's banner, each of which stored its record in that cookie.
 */
export function observation(
  states: Partial<Record<ScanState, StoredItem[] | { url: string; items: StoredItem[] }[]>>,
  consentCookie: string | null = null,
): SiteObservation {
  const url = 'http://127.0.0.1:8080/';
  const choice = (state: ScanState): ScanChoice | null => {
    if (state === 'before') return null;
    return consentCookie === null
      ? { banner: 'selectors', clicked: [`#${state}`] }
      : { banner: 'redline', granted: state === 'accept' ? ['analytics'] : [], consentRecord: consentCookie };
  };
  return {
    url,
    states: (['before', 'reject', 'accept'] as const).map((state) => {
      const held = states[state] ?? [];
      const pages =
        held.length > 0 && 'url' in held[0]! ? (held as { url: string; items: StoredItem[] }[]) : [{ url, items: held as StoredItem[] }];
      return { state, choice: choice(state), pages, warnings: [] };
    }),
  };
}
