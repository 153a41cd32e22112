/**
 * The text the engine adds to a rendered redline — screen-reader cues, move links, notes of changed
 * form and the summaries of folded text — in one language. The engine writes English by default;
 * a page in another language passes its own (src/lib/i18n) through `renderRedline`'s `cues`.
 */
export interface RedlineCues {
  /** Said before inserted text, inside its `<ins>` ("inserted: "). */
  inserted: string;
  /** Said before deleted text, inside its `<del>` ("deleted: "). */
  deleted: string;
  /** Said before a moved passage at its new place ("inserted (moved here): "). */
  movedHere: string;
  /** Said before a moved passage at its old place ("deleted (moved away): "). */
  movedAway: string;
  /** Said where two paragraphs were joined into one ("paragraph break"). */
  paragraphBreak: string;
  /** The link from a passage's old place to its new one, later or earlier in the text. */
  movedBelow: string;
  movedAbove: string;
  /** The link from a passage's new place back to its old one, later or earlier in the text. */
  movedFromBelow: string;
  movedFromAbove: string;
  /** A block whose heading level, nesting or code language changed ("formatting changed"). */
  formattingChanged: string;
  /** A list item shown with another number; `from`/`to` are the numbers as written, or `unnumbered`. */
  numberingChanged: (from: string, to: string) => string;
  /** A block that is not a numbered list item, in `numberingChanged`. */
  unnumbered: string;
  /** Join the notes of a block's changed form into the cue said before its content ("formatting changed: "). */
  restyled: (notes: readonly string[]) => string;
  /**
   * The summary of a fold of unchanged text: its paragraphs, its words, and the titles of the
   * sections it starts and ends in (null before the first heading).
   */
  fold: (paragraphs: number, words: number, first: string | null, last: string | null) => string;
}

// `1,204 words`: English numbers, whatever the runtime's locale.
function plural(n: number, singular: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : `${singular}s`}`;
}

/** The engine's English: "inserted: ", "moved below", "14 unchanged paragraphs (1,204 words) in “3. Fees”". */
export const ENGLISH_CUES: RedlineCues = {
  inserted: 'inserted: ',
  deleted: 'deleted: ',
  movedHere: 'inserted (moved here): ',
  movedAway: 'deleted (moved away): ',
  paragraphBreak: 'paragraph break',
  movedBelow: 'moved below',
  movedAbove: 'moved above',
  movedFromBelow: 'moved from below',
  movedFromAbove: 'moved from above',
  formattingChanged: 'formatting changed',
  numberingChanged: (from, to) => `numbering changed from ${from} to ${to}`,
  unnumbered: 'unnumbered',
  restyled: (notes) => `${notes.join(', ')}: `,
  fold: (paragraphs, words, first, last) => {
    const quoted = (title: string | null): string => (title === null ? 'the start' : `“${title}”`);
    const where =
      first === last
        ? first === null
          ? ' before the first heading'
          : ` in ${quoted(first)}`
        : ` from ${quoted(first)} to ${quoted(last)}`;
    return `${plural(paragraphs, 'unchanged paragraph')} (${plural(words, 'word')})${where}`;
  },
};
