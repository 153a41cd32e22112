/**
 * The running header and footer of a printed page: what every sheet of paper says about where it
 * came from, so a loose page of a forty-page redline still names the two versions it compares.
 *
 * Chromium (since 131) and the other paged-media engines draw CSS page-margin boxes; a browser that
 * does not simply prints without them (the first page still names both versions in its heading).
 */
import { templateParts } from '../i18n/template-parts.ts';

/** What the margins of every printed page say. */
export interface PrintMargins {
  /** Top left: what the document is, e.g. "Terms of Service: changes from 9 June 2017 to 2 March 2026". */
  heading: string;
  /** Bottom left: the page's address, so a reader of the paper can find it again. */
  url: string;
  /**
   * Top right: the page number and count, in the page's language: a template whose `{page}` and
   * `{pages}` become the counters. Default: `Page {page} of {pages}`.
   */
  pageCount?: string | undefined;
}

/**
 * Return a CSS string literal of `text` that no text can break out of: every character but ASCII
 * letters, digits and spaces is written as a hexadecimal escape, so quotes, backslashes, line
 * breaks and `</style>` stay text.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[A-Za-z0-9 ]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * Return the style sheet that prints `margins` on every page, with the page number and count
 * (top right). It is the text of an inline `<style>`, allowed by its hash in the page's
 * Content-Security-Policy; on screen it does nothing.
 */
export function printMarginsStyle({ heading, url, pageCount = 'Page {page} of {pages}' }: PrintMargins): string {
  const box = 'font: 8pt system-ui, sans-serif; color: #000;';
  // The template's words are strings, its placeholders the counters ({page} → counter(page)); an
  // unknown placeholder stays text.
  const counters = templateParts(pageCount)
    .map((part) =>
      'placeholder' in part && (part.placeholder === 'page' || part.placeholder === 'pages')
        ? `counter(${part.placeholder})`
        : cssString('text' in part ? part.text : `{${part.placeholder}}`),
    )
    .join(' ');
  return [
    '@page {',
    `  @top-left { content: ${cssString(heading)}; ${box} }`,
    `  @top-right { content: ${counters}; ${box} }`,
    `  @bottom-left { content: ${cssString(url)}; ${box} }`,
    '}',
  ].join('\n');
}
