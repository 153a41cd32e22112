/**
 * The Redline consent script (`/consent/v1/consent.js`). Put it in the page's `<head>`, before any
 * tag it governs, as a classic script:
 *
 *   <script src="/consent/v1/consent.js" data-declaration="/api/cookies/declaration.json"></script>
 *
 * It denies every Google Consent Mode type at once, then shows the banner from the declaration.
 */
import { consentModeDefault } from '../lib/consent/index.ts';
import { gtag } from './gtag.ts';
import { RedlineConsentElement, type ConsentState } from './redline-consent-element.ts';

const TAG = 'redline-consent';
const script = document.currentScript;
const option = (name: string): string | null => script?.getAttribute(`data-${name}`) ?? null;
const element = (): RedlineConsentElement | null => document.querySelector(TAG);

// Synchronously, before any fetch: nothing non-essential is granted until the visitor says so.
if (option('consent-mode') !== 'off') gtag('consent', 'default', consentModeDefault(Number(option('wait-for-update') ?? 500)));

if (!customElements.get(TAG)) customElements.define(TAG, RedlineConsentElement);

/** The page's consent API: the current state, the settings, and changes to come. */
(window as unknown as { redlineConsent: object }).redlineConsent = {
  get: (): ConsentState | null => element()?.state ?? null,
  open: (): void => element()?.open(),
  onChange(listener: (state: ConsentState) => void): () => void {
    const handler = (event: Event): void => listener((event as CustomEvent<ConsentState>).detail);
    document.addEventListener('redline:consent', handler);
    return () => document.removeEventListener('redline:consent', handler);
  },
};

document.addEventListener('click', (event) => {
  const opener = (event.target as Element | null)?.closest?.('[data-redline-consent-open]');
  if (!opener) return;
  event.preventDefault();
  element()?.open();
});

function mount(): void {
  if (element()) return;
  const created = document.createElement(TAG);
  for (const name of ['declaration', 'days', 'cookie', 'consent-mode']) {
    const value = option(name);
    if (value !== null) created.setAttribute(name, value);
  }
  // Without data-declaration: the cookies policy's declaration on the script's own site, under its
  // base path (the script is at <base>consent/v1/consent.js).
  if (option('declaration') === null && script instanceof HTMLScriptElement && script.src) {
    created.setAttribute('declaration', new URL('../../api/cookies/declaration.json', script.src).href);
  }
  document.body.append(created);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
