import type { Block, BlockKind, Frame, Token } from '../redline-document.ts';
import { BEYOND_ASCII } from './tokenize-text.ts';

/** What `makeBlock` needs beyond tokens and frames. */
export interface BlockFields {
  kind: BlockKind;
  depth?: number;
  lang?: string;
  header?: boolean;
  /** Whether the block is the first of an ordered list item (Block.numbered). */
  numbered?: boolean;
  section: number | null;
  line: number;
}

// A heading's own number or letter ("3.", "B.", "(a)") says where it sits, not what it is about:
// leaving it out of the similarity bag lets "3. Payment" pair with "4. Payment".
const ENUMERATOR = /^(?:\p{N}+|\p{L})$/u;

/** Build a block, deriving its shape (what it may pair with), key (what it equals) and the size of its word bag. */
export function makeBlock(tokens: Token[], frames: Frame[], fields: BlockFields): Block {
  const depth = fields.depth ?? 0;
  const lang = fields.lang ?? '';
  const header = fields.header ?? false;
  // Shape is what may pair: a heading that changed level, or a paragraph that moved into a list,
  // still pairs (and shows as restyled). Structure is the rest of the form; both are part of the key.
  const shape = header ? `${fields.kind}|th` : fields.kind;
  const structure = `${depth}|${lang}|${frames.length === 0 ? '' : frames.map(frameSignature).join('>')}`;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).kind === 'word') count++;
  return {
    kind: fields.kind,
    depth,
    lang,
    header,
    numbering: numbering(frames),
    numbered: fields.numbered ?? false,
    tokens,
    frames,
    shape,
    structure,
    key: blockKey(shape, structure, tokens),
    bagSize: count - (leadingEnumerator(fields.kind, tokens, count) ? 1 : 0),
    words: count,
    section: fields.section,
    line: fields.line,
  };
}

// Shape, structure and every token's key, in one flat string (the token keys joined by U+0004). One
// join, not a concatenation: appending token by token makes a rope of one node per token, which a
// parsed revision would keep (about 500 KB of them for a 43 KB policy), and even a prefix added to
// the joined keys makes a rope that the first Map lookup by this key copies whole.
function blockKey(shape: string, structure: string, tokens: Token[]): string {
  const keys = new Array<string>(tokens.length + 1);
  keys[0] = `${shape}|${structure}\u0005`;
  for (let i = 0; i < tokens.length; i++) keys[i + 1] = (tokens[i] as Token).key;
  return keys.join('\u0004');
}

// Whether a heading starts with its own number or letter, left out of its bag (ENUMERATOR).
function leadingEnumerator(kind: BlockKind, tokens: Token[], count: number): boolean {
  if (kind !== 'heading' || count < 2) return false;
  const first = tokens.find((token) => token.kind === 'word');
  return first !== undefined && ENUMERATOR.test(similarityWord(first.text));
}

/**
 * A block's words as similarity compares them: lower-cased, canonically composed, in text order, a
 * heading's own number left out. Derived when a block is scored (align/block-similarity.ts
 * sortedBag), not while parsing: most blocks match by key and are never scored.
 */
export function wordBag(block: Block): string[] {
  const words: string[] = [];
  for (const token of block.tokens) if (token.kind === 'word') words.push(similarityWord(token.text));
  if (leadingEnumerator(block.kind, block.tokens, words.length)) words.shift();
  return words;
}

// The bag only scores similarity, so it may see canonically equivalent spellings as one word
// ("cafe\u0301" and "café", Unicode NFC); keys stay exact, so the redline still shows such a change.
function similarityWord(text: string): string {
  const lower = text.toLowerCase();
  return BEYOND_ASCII.test(lower) ? lower.normalize('NFC') : lower;
}

// The numbers of the ordered list items the block sits in, outermost first ("2.1"), or ''.
function numbering(frames: Frame[]): string {
  let numbers = '';
  for (let index = 1; index < frames.length; index++) {
    const frame = frames[index] as Frame;
    if (frame.type === 'listItem' && isOrdered(frames[index - 1])) numbers += numbers === '' ? `${frame.ordinal}` : `.${frame.ordinal}`;
  }
  return numbers;
}

function isOrdered(frame: Frame | undefined): boolean {
  return frame?.type === 'list' && frame.ordered;
}

function frameSignature(frame: Frame): string {
  switch (frame.type) {
    case 'list':
      return frame.ordered ? 'ol' : 'ul';
    case 'jsx':
      return `<${frame.name}>`;
    default:
      return frame.type;
  }
}
