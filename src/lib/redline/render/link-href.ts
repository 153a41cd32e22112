import { safeUrl } from '../safe-url.ts';
import type { FragmentTargets } from './fragment-targets.ts';

/** Where the redline's links should point: its own id prefix and, when shown on another page, that page's URL. */
export interface LinkSettings {
  /** Prefix of the redline's ids (DiffOptions.idPrefix). */
  idPrefix: string;
  /** URL the redline's HTML is served at, when shown elsewhere (RenderOptions.linkBase); '' for the same page. */
  linkBase: string;
  /** Where each revision's headings are in the redline; without it a fragment only takes the prefix. */
  fragments?: FragmentTargets;
}

/**
 * Turn a link target into the href a redline renders: unsafe schemes dropped (null); a same-page
 * fragment (`#a-definitions`) pointed at the heading it names as the redline renders it, looked up
 * in the revision the link's text comes from (`side`) first, then the other, and dropped (null) when
 * neither revision has that heading; and, with a link base, relative targets resolved against it so
 * the links work in a feed or an email. Root-relative targets (`/cookies/`) are site paths, left for
 * rebaseSitePaths to place under the site's base path.
 */
export function linkHref(url: string, settings: LinkSettings, side: 'old' | 'new' = 'new'): string | null {
  const safe = safeUrl(url);
  if (safe === null) return null;
  let target = safe;
  if (safe.startsWith('#')) {
    const id = settings.fragments ? resolve(safe.slice(1), settings.fragments, side) : settings.idPrefix + safe.slice(1);
    if (id === null) return null;
    target = `#${id}`;
  }
  if (!settings.linkBase || (target.startsWith('/') && !target.startsWith('//'))) return target;
  return resolveAgainst(target, settings.linkBase);
}

// A stand-in origin for a link base that is a path of the same site: links resolved against it stay paths.
const SAME_SITE = 'https://same-site.invalid';

/** Resolve a link target against a link base: an absolute URL, or a path of the same site (links then stay paths). */
export function resolveAgainst(target: string, linkBase: string): string {
  const sameSite = linkBase.startsWith('/') && !linkBase.startsWith('//');
  try {
    const url = new URL(target, sameSite ? SAME_SITE + linkBase : linkBase);
    return sameSite && url.origin === SAME_SITE ? url.pathname + url.search + url.hash : url.href;
  } catch {
    return target;
  }
}

function resolve(fragment: string, fragments: FragmentTargets, side: 'old' | 'new'): string | null {
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is looked up as written.
  }
  const [first, second] = side === 'old' ? [fragments.old, fragments.new] : [fragments.new, fragments.old];
  return first.get(id) ?? second.get(id) ?? null;
}
