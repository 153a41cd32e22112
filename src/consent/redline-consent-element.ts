import { formatDateIn } from '../lib/dates/index.ts';
import {
  categoriesInEffect,
  CONSENT_COOKIE,
  consentModeUpdate,
  decideReconsent,
  newConsentRecord,
  parseConsentRecord,
  revisionDeclarationUrl,
  serializeConsentRecord,
  type ConsentDeclaration,
  type ConsentRecord,
} from '../lib/consent/index.ts';
import { buildBanner, type Banner } from './build-banner.ts';
import { buildSettings, type Settings } from './build-settings.ts';
import { readCookie, writeCookie } from './consent-cookie.ts';
import { resolveStrings, type ConsentStrings } from './consent-strings.ts';
import { gtag } from './gtag.ts';
import { h } from './h.ts';
import { loadDeclaration } from './load-declaration.ts';
import { runDeferredScripts } from './run-deferred-scripts.ts';
// Minified by the bundler (see src/node/bundle-consent-script.ts).
import CONSENT_STYLES from './consent.css?inline';

/** What `redline:consent` events, `get()` and `onChange` listeners receive. */
export interface ConsentState {
  /** Every category in effect, required ones included. */
  granted: string[];
  /** The stored choice: version, digest, time, granted and asked categories. */
  record: ConsentRecord;
}

// Older declarations fetched to check a choice given several revisions ago, at most.
const MAX_HISTORY = 10;

/** The deepest focused element, through shadow roots, to give focus back to. */
function focused(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

/**
 * `<redline-consent declaration="/api/cookies/declaration.json" days="180" cookie="redline_consent">`:
 * the consent banner and cookie settings, driven by a Redline cookie declaration.
 */
export class RedlineConsentElement extends HTMLElement {
  /** The current state, once a choice stands; null before. */
  state: ConsentState | null = null;
  _declaration: ConsentDeclaration | null = null;
  _error: string | null = null;
  _strings!: ConsentStrings;
  _root!: ShadowRoot;
  _banner!: Banner;
  _settings: Settings | null = null;
  _status!: HTMLElement;
  _bannerReturn: HTMLElement | null = null;
  _openPending = false;

  connectedCallback(): void {
    if (this._root) return;
    const json =
      this.querySelector('script[type="application/json"]') ??
      document.querySelector('script[type="application/json"][data-redline-consent-strings]');
    let custom: unknown = null;
    try {
      custom = json ? JSON.parse(json.textContent ?? '') : null;
    } catch {
      console.error('Redline consent: the JSON texts are invalid; using the defaults.');
    }
    this._strings = resolveStrings(custom);
    this._root = this.attachShadow({ mode: 'open' });
    this._banner = buildBanner(this._strings);
    this._status = h('div', { role: 'status', class: 'sr' });
    this._root.append(h('style', { text: CONSENT_STYLES }), this._banner.element, this._status);
    this._banner.accept.onclick = () => this._choose(this._optional());
    this._banner.reject.onclick = () => this._choose([]);
    this._banner.settings.onclick = () => this.open();
    void this._start();
  }

  /** Open the cookie settings (once the declaration is loaded). */
  open(): void {
    if (!this._declaration) {
      if (this._error) console.warn(`Redline consent: no settings: ${this._error}.`);
      else this._openPending = true;
      return;
    }
    const settings = this._settings as Settings;
    const chosen = new Set(this.state?.record.granted);
    for (const [id, toggle] of settings.toggles) toggle.checked = chosen.has(id);
    const back = focused();
    settings.dialog.onclose = () => {
      const target =
        back && back.isConnected && back.getClientRects().length > 0
          ? back
          : this._banner.element.hidden
            ? this._bannerReturn
            : this._banner.element;
      target?.focus();
    };
    settings.dialog.showModal();
  }

  async _start(): Promise<void> {
    const url = new URL(this.getAttribute('declaration') || '/api/cookies/declaration.json', document.baseURI).href;
    const loaded = await loadDeclaration(url);
    if ('error' in loaded) return this._fail(loaded.error);
    const declaration = loaded.declaration;
    const record = parseConsentRecord(readCookie(this._cookieName()));
    const chain = [declaration];
    let decision = decideReconsent(record, chain);
    while ('need' in decision) {
      const older = chain.length <= MAX_HISTORY ? revisionDeclarationUrl(url, decision.need) : null;
      const previous = older ? await loadDeclaration(older) : { error: 'too long a history, or no URL for it' };
      if ('error' in previous) {
        decision = { ask: true, reason: `the history cannot be read (${previous.error})` };
        break;
      }
      chain.push(previous.declaration);
      decision = decideReconsent(record, chain);
    }
    this._declaration = declaration;
    const date = formatDateIn(declaration.policy.version, document.documentElement.lang);
    this._settings = buildSettings(declaration, this._strings, this._strings.policyLink.replace('{date}', date));
    const s = this._settings;
    s.close.onclick = () => s.dialog.close();
    s.save.onclick = () => this._choose([...s.toggles].filter(([, t]) => t.checked).map(([id]) => id));
    s.accept.onclick = () => this._choose(this._optional());
    s.reject.onclick = () => this._choose([]);
    this._root.append(s.dialog);
    if (decision.ask) {
      if (record) console.info(`Redline consent: asking again: ${decision.reason}.`);
      this._apply(null);
      const text = record ? this._strings.changed.replace('{date}', date) : this._strings.intro;
      this._banner.text.replaceChildren(`${text} `, h('a', { href: declaration.policy.currentUrl, text: declaration.policy.title }));
      this._bannerReturn = focused();
      this._banner.element.hidden = false;
      if (!this._openPending) this._banner.element.focus();
    } else this._apply(record);
    if (this._openPending) this.open();
  }

  // Use nothing from a declaration that is not verified, not even its required categories: no
  // Consent Mode update (every type stays denied), no held-back script, no banner.
  _fail(error: string): void {
    this._error = error;
    console.error(`Redline consent: ${error}. Nothing non-essential is granted.`);
  }

  _cookieName(): string {
    return this.getAttribute('cookie') || CONSENT_COOKIE;
  }

  _optional(): string[] {
    return (this._declaration as ConsentDeclaration).categories.filter((c) => !c.required).map((c) => c.id);
  }

  _choose(ids: string[]): void {
    const declaration = this._declaration as ConsentDeclaration;
    const record = newConsentRecord(declaration, ids, new Date());
    writeCookie(this._cookieName(), serializeConsentRecord(record), Number(this.getAttribute('days')) || 180);
    const wasAsking = !this._banner.element.hidden;
    this._banner.element.hidden = true;
    if (this._settings?.dialog.open) this._settings.dialog.close();
    else if (wasAsking) this._bannerReturn?.focus();
    this._apply(record);
    this._status.textContent = this._strings.saved;
  }

  // Put a choice (or, with null, the required categories alone) into effect everywhere.
  _apply(record: ConsentRecord | null): void {
    const declaration = this._declaration as ConsentDeclaration;
    const granted = categoriesInEffect(declaration, record);
    if (this.getAttribute('consent-mode') !== 'off') gtag('consent', 'update', consentModeUpdate(declaration, granted));
    runDeferredScripts(granted);
    if (!record) return;
    this.state = { granted, record };
    this.dispatchEvent(new CustomEvent('redline:consent', { bubbles: true, detail: this.state }));
  }
}
