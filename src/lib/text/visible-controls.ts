import { isUnsafeForTerminal } from './control-characters.ts';

/** How `visibleControls` writes what it escapes. */
export interface VisibleControlsOptions {
  /** Keep line feeds and tabs, which a multi-line output is laid out with. Default: false. */
  keepLayout?: boolean;
  /** The escape of one code point. Default: `\x1b` for Latin-1, `\u202e` beyond. */
  escape?: (codePoint: number) => string;
}

const hexEscape = (code: number): string =>
  code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * Show the characters of a message that must not reach a terminal (isUnsafeForTerminal: controls,
 * bidirectional formatting, line separators) as visible escapes, `\x1b` or `\u202e` (or the
 * format's own, with `escape`). A message that quotes a hostile revision can then neither move the
 * cursor or rewrite a terminal line (ESC sequences), nor reorder what a reviewer reads, nor start a
 * line of its own.
 */
export function visibleControls(text: string, { keepLayout = false, escape = hexEscape }: VisibleControlsOptions = {}): string {
  let shown = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const layout = keepLayout && (code === 0x0a || code === 0x09);
    shown += !layout && isUnsafeForTerminal(code) ? escape(code) : char;
  }
  return shown;
}
