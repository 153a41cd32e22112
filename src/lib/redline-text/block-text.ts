import type { Block, Token } from '../redline/index.ts';
import { visibleControls } from '../text/visible-controls.ts';

/** Return the line prefix that shows a block's kind in text: `## ` for a heading, `- ` or `1. ` for a list item, `> ` in a quote. */
export function blockPrefix(block: Block): string {
  let prefix = '';
  let listDepth = 0;
  for (const frame of block.frames) {
    if (frame.type === 'blockquote') prefix += '> ';
    if (frame.type === 'list') listDepth++;
  }
  const item = block.frames.findLast((frame) => frame.type === 'listItem');
  const list = block.frames.findLast((frame) => frame.type === 'list');
  if (block.kind === 'heading') return `${prefix}${'#'.repeat(Math.max(1, block.depth))} `;
  if (block.kind === 'tableRow') return `${prefix}|`;
  if (item && list)
    return `${prefix}${'  '.repeat(listDepth - 1)}${list.type === 'list' && list.ordered && item.type === 'listItem' ? `${item.ordinal}. ` : '- '}`;
  return prefix;
}

/**
 * Return the text of tokens as a reader sees it: cells separated by `|`, split/merge boundaries as
 * new lines, and control and bidirectional characters of the policy shown as escapes (`\x1b`,
 * `\u202e`) — text meant for a terminal must never carry a revision's escape sequences.
 */
export function tokensText(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.kind === 'cell' ? ' | ' : token.kind === 'block' ? '\n' : visibleControls(token.text))).join('');
}
