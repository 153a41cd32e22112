/** The summary of an imported revision that no message describes. */
export const NO_SUMMARY = 'No summary was recorded.';

/** The longest summary made from messages, in characters: a summary is a line in a list, not a log. */
export const MAX_SUMMARY_LENGTH = 400;

// A trailer line of a commit message (`Signed-off-by: …`, `Co-authored-by: …`, `Change-Id: …`):
// bookkeeping for the repository, not a description of the change. Only these keys: "Why: …" or
// "Note: …" in a message is what its author wrote about the change.
const TRAILER =
  /^(?:Signed-off-by|Co-authored-by|Co-developed-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Suggested-by|Helped-by|Reviewed-on|Change-Id|Cc|Bug|Fixes|Closes|Resolves|Refs|See-also|Link|Assisted-by): \S/i;

// Characters a summary must not hold (policy:check refuses them in front matter): control
// characters (but tab, line feed and carriage return, which become spaces anyway), and marks that
// reorder text (bidirectional controls). A message's colours or stray bytes become spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNWANTED = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Summarize the messages written about the versions an imported revision stands for (the commits of
 * its day, oldest first): each message's subject and body as one sentence or more, trailers left out,
 * white space folded; messages joined in order. Empty when no message says anything. Shortened at a
 * word, with an ellipsis, past MAX_SUMMARY_LENGTH.
 */
export function summaryFromMessages(messages: readonly string[]): string {
  const parts: string[] = [];
  for (const message of messages) {
    const paragraphs = message
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- a terminal colour (ESC [ … m) is left out whole
      .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
      .replace(UNWANTED, ' ')
      .split(/\n[ \t]*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '');
    // A last paragraph made only of trailers is left out.
    const last = paragraphs.at(-1);
    if (paragraphs.length > 1 && last !== undefined && last.split('\n').every((line) => TRAILER.test(line.trim()))) paragraphs.pop();
    for (const paragraph of paragraphs) {
      const text = paragraph.replace(/\s+/g, ' ').trim();
      const sentence = /[.!?…:;)"”’]$/.test(text) ? text : `${text}.`;
      // A merge's body often repeats the commit it merges: say it once.
      if (text !== '' && !parts.includes(sentence)) parts.push(sentence);
    }
  }
  const summary = parts.join(' ');
  if (summary.length <= MAX_SUMMARY_LENGTH) return summary;
  // Cut at a word, never inside a character (a surrogate pair is one character).
  const characters = [...summary.slice(0, MAX_SUMMARY_LENGTH)];
  characters.pop();
  const kept = characters.join('');
  const cut = kept.lastIndexOf(' ');
  return `${(cut > 0 ? kept.slice(0, cut) : kept).replace(/[\s,;:.]+$/, '')}…`;
}
