import { makeBlock } from './make-block.ts';
import type { BlockFields } from './make-block.ts';
import type { FlattenContext } from './flatten-context.ts';
import type { Frame, Token } from './redline-document.ts';
import { makeToken } from './tokenize-text.ts';

/**
 * Add a block to the document being flattened. The first block of a list item takes the item's
 * pending checkbox (as its first token, or as a paragraph of its own), and the first block of an
 * ordered item shows its number; a block belongs to the section of the last heading before it.
 */
export function pushBlock(
  context: FlattenContext,
  tokens: Token[],
  frames: Frame[],
  fields: Omit<BlockFields, 'section'> & { section?: number },
): void {
  if (context.check) {
    const check = context.check;
    context.check = null;
    if (fields.kind === 'paragraph') tokens.unshift(check, makeToken(' ', 'space', [], ''));
    else pushBlock(context, [check], frames, { kind: 'paragraph', line: fields.line });
  }
  const section = fields.section ?? (context.sections.length > 0 ? context.sections.length - 1 : null);
  const numbered = context.numberPending;
  context.numberPending = false;
  context.blocks.push(makeBlock(tokens, frames, { ...fields, section, numbered }));
}
