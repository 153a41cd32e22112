/** Every text the banner and the settings show; `{date}` is replaced by the policy version's date. */
export const CONSENT_STRINGS = {
  /** The banner's heading. */
  title: 'Cookies on this site',
  /** The banner's text on a first visit. */
  intro: 'We use essential cookies to run this site and, with your consent, others to understand and improve it.',
  /** The banner's text when the policy changed since the visitor's last choice. */
  changed: 'Our cookie policy changed on {date}. Please make your choice again.',
  /** The button granting every category. */
  acceptAll: 'Accept all',
  /** The button granting only the essential categories. */
  rejectAll: 'Reject non-essential',
  /** The button opening the settings. */
  settings: 'Settings',
  /** The settings dialog's heading. */
  settingsTitle: 'Cookie settings',
  /** The text at the top of the settings. */
  settingsIntro: 'Choose which cookies we may use. You can change your choice at any time.',
  /** Shown on a required category instead of a working toggle. */
  alwaysOn: 'Always on',
  /** Label before a category's purposes. */
  purposes: 'Used for:',
  /** The button saving the toggles. */
  save: 'Save my choices',
  /** The close button's accessible name. */
  close: 'Close',
  /** The link to the policy in force. */
  policyLink: 'Read the cookie policy (version of {date})',
  /** Announced once a choice is saved. */
  saved: 'Your cookie choices are saved.',
};

/** The text keys of the banner. */
export type ConsentStrings = typeof CONSENT_STRINGS;

/** Merge a site's own texts (e.g. a translation) over the defaults, keeping only known keys with text values. */
export function resolveStrings(custom: unknown): ConsentStrings {
  const strings = { ...CONSENT_STRINGS };
  if (typeof custom !== 'object' || custom === null) return strings;
  for (const key of Object.keys(strings) as (keyof ConsentStrings)[]) {
    const value = (custom as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0) strings[key] = value;
  }
  return strings;
}
