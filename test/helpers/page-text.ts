import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** Read a built page (`route` like `/cookies/`) and return its HTML. */
export function readPage(outDir: string, route: string): string {
  return readFileSync(join(outDir, route, 'index.html'), 'utf8');
}

/** Return the visible text of an HTML document with runs of whitespace collapsed to one space. */
export function htmlText(html: string): string {
  return toText(fromHtml(html)).replace(/\s+/g, ' ').trim();
}

/** Return the text of every `<code>` element of an HTML document, in order, as a reader would copy it (entities decoded). */
export function codeTexts(html: string): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'element' && node.tagName === 'code') texts.push(toText(node, { whitespace: 'pre' }));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return texts;
}
