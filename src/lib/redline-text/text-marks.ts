/** How insertions and deletions are marked in text output. */
export interface TextMarks {
  insert: (text: string) => string;
  delete: (text: string) => string;
  /** For headings and notes the output adds (dim in a terminal). */
  note: (text: string) => string;
}

/** Which marks to use: ANSI colours for a terminal, `{+…+}`/`[-…-]` for plain text, CriticMarkup for Markdown. */
export type MarkStyle = 'ansi' | 'plain' | 'critic';

const ESC = '\u001b[';

/** Return the marks of a style. ANSI: green underlined insertions, red struck-through deletions (never colour alone). */
export function textMarks(style: MarkStyle): TextMarks {
  switch (style) {
    case 'ansi':
      return {
        insert: (text) => `${ESC}32;4m${text}${ESC}0m`,
        delete: (text) => `${ESC}31;9m${text}${ESC}0m`,
        note: (text) => `${ESC}2m${text}${ESC}0m`,
      };
    case 'plain':
      return { insert: (text) => `{+${text}+}`, delete: (text) => `[-${text}-]`, note: (text) => text };
    case 'critic':
      // CriticMarkup (criticmarkup.com): the plain-text convention for tracked changes in Markdown.
      return { insert: (text) => `{++${text}++}`, delete: (text) => `{--${text}--}`, note: (text) => `_${text}_` };
  }
}
