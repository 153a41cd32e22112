import { printMarginsStyle, type PrintMargins } from '../lib/site/index.ts';
import { cspHash } from '../node/content-security-policy.ts';

/** A page's print margins as the layout places them: an inline style sheet and its hash for the page's CSP. */
export interface PrintStyle {
  css: string;
  hash: `sha256-${string}`;
}

/** Return the inline style that prints `margins` on every page of paper, with its CSP hash. */
export function printStyle(margins: PrintMargins): PrintStyle {
  const css = printMarginsStyle(margins);
  return { css, hash: cspHash(css) };
}
