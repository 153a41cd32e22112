import type { ConsentModeType } from '../declaration/consent-mode.ts';

/** A category as the banner reads it from the declaration document. */
export interface ConsentCategory {
  /** Stable id, stored in the consent record and matched by `data-category`. */
  id: string;
  /** The name readers see. */
  name: string;
  /** What the category is for. */
  description: string;
  /** The uses the policy lists for it. */
  purposes: string[];
  /** Essential: set without consent, shown locked on. */
  required: boolean;
  /** The Google Consent Mode v2 types it governs. */
  consentMode: ConsentModeType[];
}

/** One revision of the policy, as the banner needs it. */
export interface ConsentPolicy {
  /** The policy, as in its URL (e.g. `cookies`). */
  id: string;
  /** Its title, e.g. `Cookie Policy`. */
  title: string;
  /** The revision's effective date, `YYYY-MM-DD`: the version a consent is given for. */
  version: string;
  /** `material`, `editorial` or `technical` against the previous revision; null for the first. */
  change: 'material' | 'editorial' | 'technical' | null;
  /** The policy in force, absolute http(s) URL, linked from the settings. */
  currentUrl: string;
  /** The previous revision's effective date, null for the first. */
  previousVersion: string | null;
}

/**
 * The parts of a published declaration document (`/api/<policy>/declaration.json`) that the
 * consent banner reads, once `validateDeclaration` has checked them.
 */
export interface ConsentDeclaration {
  /** The revision the declaration belongs to. */
  policy: ConsentPolicy;
  /** What changed against the previous revision; null for the first. */
  changes: { categories: { added: string[] } } | null;
  /** Every category, in the policy's order. */
  categories: ConsentCategory[];
  /** The RFC 8785 SHA-256 seal of the document. */
  integrity: { digest: string };
}
