import { safeUrl } from './safe-url.ts';

/** Where the redline's links should point: its own id prefix and, when shown on another page, that page's URL. */
export interface LinkSettings {
  /** Prefix of the redline's ids (DiffOptions.idPrefix). */
  idPrefix: string;
  /** URL the redline's HTML is served at, when shown elsewhere (RenderOptions.linkBase); '' for the same page. */
  linkBase: string;
}

/**
 * Turn a link target into the href a redline renders: unsafe schemes dropped (null); a same-page
 * fragment (`#a-definitions`) pointed at the redline's own, prefixed heading id; and, with a link
 * base, relative targets resolved against it so the links work in a feed or an email.
 */
export function linkHref(url: string, settings: LinkSettings): string | null {
  const safe = safeUrl(url);
  if (safe === null) return null;
  const target = safe.startsWith('#') ? `#${settings.idPrefix}${safe.slice(1)}` : safe;
  if (!settings.linkBase) return target;
  try {
    return new URL(target, settings.linkBase).href;
  } catch {
    return target;
  }
}
