import { ENGLISH_CUES, type RedlineCues } from '../redline-cues.ts';
import type { Block } from '../redline-document.ts';

/**
 * Say how paired blocks changed form, for the cue before their content: "formatting changed: " when
 * a heading level, code language or nesting differs, and "numbering changed from 1 to 3: " when an
 * ordered list item shows another number (clause numbers matter: `1. Fees` → `3. Fees` is a change
 * even with every word kept). Null when the form is the same. `cues` give the words (default: English).
 */
export function restyleNote(olds: readonly Block[], next: Block | undefined, cues: RedlineCues = ENGLISH_CUES): string | null {
  const first = olds[0];
  if (!first || !next) return null;
  const parts: string[] = [];
  if (olds.some((block) => block.structure !== next.structure)) parts.push(cues.formattingChanged);
  // The number shows next to an item's first block; a block that starts or stops being one counts too.
  if ((first.numbered || next.numbered) && first.numbering !== next.numbering) {
    parts.push(cues.numberingChanged(first.numbering || cues.unnumbered, next.numbering || cues.unnumbered));
  }
  return parts.length > 0 ? cues.restyled(parts) : null;
}
