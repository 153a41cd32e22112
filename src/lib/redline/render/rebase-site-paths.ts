import type { Element, Root } from 'hast';
import { resolveAgainst } from './link-href.ts';

// The attributes of policy text that hold a URL (src/lib/revision-body/body-schema.ts allows no other).
const URL_ATTRIBUTES = ['href', 'src', 'cite'] as const;

/**
 * Place the site paths of rendered policy text on the published site, in place: a root-relative
 * URL (`/cookies/`, `/images/map.png`; not `//host/…`) names a path of the site, so it moves under
 * the site's base path (`/legal/cookies/`) and, with an absolute `linkBase` (HTML shown elsewhere: a
 * feed, an email), becomes absolute against it. Other URLs (`#fragment`, `https://…`, relative ones) are left
 * as they are. Revisions are written once and stay valid wherever the site is served.
 */
export function rebaseSitePaths(tree: Root, base: string, linkBase = ''): Root {
  if (base === '/' && !linkBase) return tree;
  const pending: (Root | Element)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'element') {
      for (const key of URL_ATTRIBUTES) {
        const value = node.properties[key];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
        // As src/lib/site's pathUnderBase places a route; the engine imports nothing outside itself.
        const path = base + value.slice(1);
        node.properties[key] = linkBase ? resolveAgainst(path, linkBase) : path;
      }
    }
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k];
      if (child?.type === 'element') pending.push(child);
    }
  }
  return tree;
}
