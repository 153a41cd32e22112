import { isUnsafeForTerminal } from './control-characters.ts';

/**
 * Show the characters of a one-line message that must not reach a terminal (isUnsafeForTerminal:
 * controls, bidirectional formatting, line separators) as visible escapes, `\x1b` or `\u202e`. A
 * message that quotes a hostile revision can then neither move the cursor or rewrite a terminal line
 * (ESC sequences), nor reorder what a reviewer reads, nor start a line of its own.
 */
export function visibleControls(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!isUnsafeForTerminal(code)) shown += char;
    else shown += code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return shown;
}
