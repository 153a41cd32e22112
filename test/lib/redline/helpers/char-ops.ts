import { makeToken } from '../../../../src/lib/redline/parse/index.ts';
import type { TokenOp } from '../../../../src/lib/redline/index.ts';

/** A diff-match-patch diff tuple: -1 delete, 0 equal, 1 insert. */
export type DmpDiff = [number, string];

/** Turn diff-match-patch tuples into token ops with one token per character, to check the token port against the reference. */
export function charOps(diffs: readonly DmpDiff[]): TokenOp[] {
  return diffs.map(([op, text]) => ({
    op: op === 0 ? 'equal' : op === 1 ? 'insert' : 'delete',
    tokens: [...text].map((char) => makeToken(char, /\s/.test(char) ? 'space' : /\w/.test(char) ? 'word' : 'punct', [], '')),
  }));
}

/** Turn token ops back into tuples, dropping empty ones and joining neighbours of one kind. */
export function dmpDiffs(ops: readonly TokenOp[]): DmpDiff[] {
  return normalizeDiffs(
    ops.map(({ op, tokens }) => [op === 'equal' ? 0 : op === 'insert' ? 1 : -1, tokens.map((token) => token.text).join('')]),
  );
}

/** Drop empty tuples and join neighbours of one kind. */
export function normalizeDiffs(diffs: readonly DmpDiff[]): DmpDiff[] {
  const out: DmpDiff[] = [];
  for (const [op, text] of diffs) {
    if (text === '') continue;
    const last = out.at(-1);
    if (last && last[0] === op) last[1] += text;
    else out.push([op, text]);
  }
  return out;
}
