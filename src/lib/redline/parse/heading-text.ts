import type { InlineNode } from './tokenize-inline.ts';

/**
 * Collect a heading's text content the way Astro's heading-id plugin sees it (@astrojs/markdown-satteri:
 * `slugger.slug(textContent(h))`): text and inline code, no raw HTML, no image alt. With
 * `smartPunctuation` (Astro's `markdown.smartypants`, on by default) runs of `-` outside code become
 * dashes first, which github-slugger then drops; quotes and ellipses are dropped either way.
 */
export function headingText(nodes: InlineNode[], smartPunctuation: boolean): string {
  let text = '';
  // Depth first in order, with a stack instead of recursion: emphasis can nest thousands deep.
  const pending: InlineNode[] = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'text') {
      const value = node.value ?? '';
      text += smartPunctuation ? value.replace(/-{2,}/g, '–') : value;
    } else if (node.type === 'inlineCode') {
      text += node.value ?? '';
    } else if (node.children && node.type !== 'footnoteReference') {
      for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k] as InlineNode);
    }
  }
  return text;
}
