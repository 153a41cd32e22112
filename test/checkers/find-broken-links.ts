import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root, RootContent } from 'hast';
import { siteFiles } from './site-files.ts';

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Options of `findBrokenLinks`. */
export interface LinkCheckOptions {
  /** The site's public address: absolute links to its origin count as internal (feeds and JSON use them). */
  site: string;
  /** The path the site is served under (default `/`): every internal link must lie under it. */
  base?: string;
}

/**
 * Check every internal link of a built site — `href`/`src` in HTML, links in feeds (including the
 * HTML inside items), URL strings in JSON (and the HTML of JSON Feed items) — and return each that does not resolve to a file, or
 * whose `#fragment` names no id on the target page.
 */
export function findBrokenLinks(dir: string, { site, base = '/' }: LinkCheckOptions): string[] {
  const origin = new URL(site).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = new Set<string>();
      if (file.endsWith('.html')) collectIds(fromHtml(readFileSync(join(dir, file), 'utf8')), set);
      ids.set(file, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const file of siteFiles(dir)) {
    for (const link of linksOf(dir, file, origin)) {
      const problem = check(dir, file, link, { origin, base }, idsOf);
      if (problem) problems.push(`${file}: ${link} ${problem}`);
    }
  }
  return problems;
}

function linksOf(dir: string, file: string, origin: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  if (file.endsWith('.html')) return htmlLinks(text);
  if (file.endsWith('.xml')) {
    // Feed and sitemap links, and the HTML of feed items (escaped inside the XML).
    const plain = [...text.matchAll(/<(?:link|guid|loc)>([^<]+)<\/(?:link|guid|loc)>/g)].map((m) => m[1] ?? '');
    const embedded = [...text.matchAll(/<content:encoded>([\s\S]*?)<\/content:encoded>/g)].flatMap((m) =>
      htmlLinks(unescapeXml(m[1] ?? '')),
    );
    return [...plain, ...embedded];
  }
  if (file.endsWith('.json')) return jsonLinks(JSON.parse(text) as unknown, origin);
  return [];
}

// Every string of a JSON document that is a URL of this site, and the links in the HTML of a JSON Feed item.
function jsonLinks(value: unknown, origin: string, key = ''): string[] {
  if (typeof value === 'string') {
    if (key === 'content_html') return htmlLinks(value);
    return (value.startsWith('/') && !/\s/.test(value)) || value.startsWith(`${origin}/`) ? [value] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item) => jsonLinks(item, origin));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => jsonLinks(v, origin, k));
  return [];
}

function htmlLinks(html: string): string[] {
  const links: string[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      for (const attribute of LINK_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute === 'href' ? 'href' : attribute];
        if (typeof value === 'string') links.push(value);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return links;
}

function check(
  dir: string,
  from: string,
  link: string,
  { origin, base }: { origin: string; base: string },
  idsOf: (file: string) => Set<string>,
): string | null {
  const local = link.startsWith(`${origin}/`) ? link.slice(origin.length) : link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(local) || local.startsWith('//')) return null; // another site, mailto:, …
  const [pathPart = '', fragment] = local.split('#') as [string, string | undefined];
  // The file is served at its path under the base; links resolve from there, as a browser's would.
  const page = `${base}${from}`;
  const path = decodeURIComponent(new URL(pathPart || page, `http://site${page}`).pathname);
  if (!path.startsWith(base)) return `is outside the site's base path ${base}`;
  const target = resolve(dir, path.slice(base.length - 1));
  if (!target) return 'points to no file';
  if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) return `has no #${fragment} on ${target}`;
  return null;
}

function resolve(dir: string, path: string): string | null {
  const relative = path.replace(/^\//, '');
  for (const candidate of [relative, join(relative, 'index.html'), `${relative}.html`]) {
    const full = join(dir, candidate);
    if (candidate !== '' && existsSync(full) && statSync(full).isFile()) return candidate.split('\\').join('/');
  }
  return null;
}

function collectIds(node: Root | RootContent, ids: Set<string>): void {
  if (node.type === 'element') {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    if (node.tagName === 'a' && typeof node.properties['name'] === 'string') ids.add(node.properties['name']);
  }
  if ('children' in node) for (const child of node.children) collectIds(child, ids);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
