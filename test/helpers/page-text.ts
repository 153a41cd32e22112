import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
