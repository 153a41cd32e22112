import { makeToken } from '../parse/index.ts';
import { pushAll } from '../push-all.ts';
import type { Block, Token } from '../redline-document.ts';
import type { TokenOp } from '../redline.ts';
import { diffTableRow } from './diff-table-row.ts';
import { diffTokens } from './diff-tokens.ts';

const BOUNDARY = makeToken('', 'block', [], '');

/**
 * Word-diff the blocks of one modified unit: a pair, one block split into several, or several merged
 * into one. The blocks of a side are joined with `block` boundary tokens (only one side has them),
 * so a split shows just the real word changes and the renderer cuts the result back into blocks.
 * Table rows are diffed cell by cell. On hitting the bound the unit falls back to a whole deletion
 * plus a whole insertion and `bounded` is set.
 */
export function diffBlockGroup(olds: readonly Block[], news: readonly Block[], maxEdits: number): { ops: TokenOp[]; bounded: boolean } {
  const first = olds[0];
  const firstNew = news[0];
  if (olds.length === 1 && news.length === 1 && first?.kind === 'tableRow' && firstNew) return diffTableRow(first, firstNew, maxEdits);
  const oldTokens = join(olds);
  const newTokens = join(news);
  const ops = diffTokens(oldTokens, newTokens, maxEdits);
  if (ops && (news.length === 1 || splitsAtSpaces(ops))) return { ops, bounded: false };
  const whole: TokenOp[] = [];
  if (oldTokens.length > 0) whole.push({ op: 'delete', tokens: oldTokens });
  if (newTokens.length > 0) whole.push({ op: 'insert', tokens: newTokens });
  return { ops: whole, bounded: ops === null };
}

// A new paragraph boundary must fall where the old text had a space: the rendered block boundary
// stands for that space. A split inside a word ("`we` ¶ `we`") would add one to the old text, so
// such a group is shown as the old text deleted and the new paragraphs inserted instead.
function splitsAtSpaces(ops: readonly TokenOp[]): boolean {
  const old: Array<Token | 'boundary'> = [];
  for (const { op, tokens } of ops) {
    for (const token of tokens) {
      if (op === 'insert' && token.kind === 'block') old.push('boundary');
      else if (op !== 'insert') old.push(token);
    }
  }
  return old.every((entry, index) => {
    if (entry !== 'boundary') return true;
    const before = old
      .slice(0, index)
      .reverse()
      .find((item) => item !== 'boundary');
    const after = old.slice(index + 1).find((item) => item !== 'boundary');
    return before === undefined || after === undefined || before.kind === 'space' || after.kind === 'space';
  });
}

function join(blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  blocks.forEach((block, index) => {
    if (index > 0) tokens.push(BOUNDARY);
    pushAll(tokens, block.tokens);
  });
  return tokens;
}
