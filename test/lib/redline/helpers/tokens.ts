import { tokenizeText } from '../../../../src/lib/redline/parse/index.ts';
import type { Token, TokenOp } from '../../../../src/lib/redline/index.ts';

/** Tokenize plain text the way prose is tokenized. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  tokenizeText(text, [], '', out);
  return out;
}

/** Show ops the way fixtures read: `We keep <del>thirty</del><ins>sixty</ins> days`. */
export function showOps(ops: readonly TokenOp[]): string {
  return ops
    .map(({ op, tokens: run }) => {
      const text = run.map((token) => (token.kind === 'block' ? '¶' : token.kind === 'cell' ? '|' : token.text)).join('');
      return op === 'equal' ? text : op === 'insert' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
    })
    .join('');
}
