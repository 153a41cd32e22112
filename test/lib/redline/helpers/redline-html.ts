import type { Element, Nodes, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

/** Parse rendered redline HTML as a fragment. */
export function parseRedline(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Remove, in place, every element the predicate matches (with its content). */
export function removeElements(tree: Root | Element, match: (element: Element) => boolean): void {
  tree.children = tree.children.filter((child) => child.type !== 'element' || !match(child)) as typeof tree.children;
  for (const child of tree.children) if (child.type === 'element') removeElements(child, match);
}

/** Whether an element carries a class. */
export function hasClass(element: Element, name: string): boolean {
  const value = element.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

/**
 * Return the text of a redline with whitespace collapsed, without the engine's own text (elements
 * with class `redline-cue`), and optionally without every `<ins>` or every `<del>` element.
 */
export function redlineText(html: string, without: 'ins' | 'del' | null = null): string {
  const tree = parseRedline(html);
  removeElements(tree, (element) => hasClass(element, 'redline-cue') || element.tagName === without);
  return toText(tree as Nodes)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same as redlineText but as the DOM's textContent would read it (no line breaks added between blocks). */
export function redlineTextContent(html: string, without: 'ins' | 'del' | null = null): string {
  const tree = parseRedline(html);
  removeElements(tree, (element) => hasClass(element, 'redline-cue') || element.tagName === without);
  const collect = (node: Root | RootContent): string =>
    'value' in node && node.type === 'text' ? node.value : 'children' in node ? node.children.map(collect).join('') : '';
  return collect(tree).replace(/\s+/g, ' ').trim();
}

/**
 * Reduce rendered HTML to what a fixture states: no cues or move links, no ids, classes only on
 * `<ins>`/`<del>` (where they say "moved"), hrefs and list item numbers (`value`) kept, whitespace
 * between tags collapsed.
 */
export function normalizeRedline(html: string): string {
  const tree = parseRedline(html);
  removeElements(tree, (element) => hasClass(element, 'redline-cue'));
  const strip = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const keep = node.tagName === 'ins' || node.tagName === 'del' ? node.properties['className'] : undefined;
      const href = node.properties['href'];
      const value = node.tagName === 'li' ? node.properties['value'] : undefined;
      node.properties = {};
      if (keep !== undefined) node.properties['className'] = keep;
      if (href !== undefined) node.properties['href'] = href;
      if (value !== undefined) node.properties['value'] = value;
    }
    if ('children' in node) for (const child of node.children) strip(child);
  };
  strip(tree);
  return toHtml(tree).replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
}
