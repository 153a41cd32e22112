import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { CONSENT_DEMO_SCRIPTS } from '../data/consent-demo.ts';
import { consentStylesText } from './bundle-consent-script.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The directives every page's Content-Security-Policy carries besides Astro's own `script-src` and
 * `style-src` (which list the hashes of the scripts and styles Astro emits): nothing loads from
 * another origin, no plugins, no `<base>`, no frames, forms only to the site.
 * A `<meta>` policy cannot carry `frame-ancestors`: hosts send it as a header (README, "Security model").
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "worker-src 'none'",
] as const;

/**
 * The `script-src` sources of the search page, the one page that may compile WebAssembly: Pagefind
 * searches its index in it, and a page may instantiate WebAssembly only with `'wasm-unsafe-eval'`
 * (which allows nothing else: no `eval`, no `new Function`, no inline script). Listing any source
 * for a page replaces Astro's default `'self'`, so `'self'` comes first; the hashes of Astro's own
 * scripts still follow. Pagefind runs without its web worker (`noWorker`), so `worker-src 'none'` holds.
 */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Return the `sha256-…` source expression of a script's or style's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Return the CSP source expression that allows the consent banner's shadow-root stylesheet. */
export async function consentStylesHash(root: string = process.cwd()): Promise<`sha256-${string}`> {
  return cspHash(await consentStylesText(root));
}

/**
 * Return Astro's `security.csp` setting: the directives above, and the hashes of the only inline
 * code the site has besides Astro's — the consent banner's shadow-root stylesheet and the consent
 * demo's inline scripts. An inline script or style with any other text (say, one a revision smuggled
 * into a page) does not run.
 */
export async function contentSecurityPolicy(root: string = process.cwd()): Promise<CspConfig> {
  return {
    algorithm: 'SHA-256',
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { hashes: Object.values(CONSENT_DEMO_SCRIPTS).map(cspHash) },
    styleDirective: { hashes: [await consentStylesHash(root)] },
  };
}
