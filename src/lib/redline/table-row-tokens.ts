import { pushAll } from './push-all.ts';
import type { Token } from './redline-document.ts';
import { tokenizeInline } from './tokenize-inline.ts';
import type { InlineContext, InlineNode } from './tokenize-inline.ts';
import { makeToken } from './tokenize-text.ts';

/**
 * Tokenize a table row as the page shows it: exactly `columns` cells, each opened by a `cell` token.
 * GFM cuts a row to the header's cell count and pads a short row with empty cells (GFM spec, "Tables
 * (extension)"; mdast-util-to-hast's `tableRow` does the same with `align.length`), so text past the
 * last column is never compared or shown, and every row has the header's shape.
 */
export function tableRowTokens(cells: readonly InlineNode[], columns: number, context: InlineContext): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < columns; index++) {
    tokens.push(makeToken('', 'cell', [], ''));
    const cell = cells[index];
    if (cell) pushAll(tokens, tokenizeInline(cell.children ?? [], context));
  }
  return tokens;
}
