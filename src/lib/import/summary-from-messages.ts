/** The summary of an imported revision that no message describes. */
export const NO_SUMMARY = 'No summary was recorded.';

/** The longest summary made from messages, in characters: a summary is a line in a list, not a log. */
export const MAX_SUMMARY_LENGTH = 400;

// A trailer line of a commit message (`Signed-off-by: …`, `Co-authored-by: …`, `Change-Id: …`):
// bookkeeping for the repository, not a description of the change.
const TRAILER = /^[A-Za-z][A-Za-z0-9-]*: \S/;

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
      .split(/\n[ \t]*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '');
    // A last paragraph made only of trailers is left out.
    const last = paragraphs.at(-1);
    if (paragraphs.length > 1 && last !== undefined && last.split('\n').every((line) => TRAILER.test(line.trim()))) paragraphs.pop();
    for (const paragraph of paragraphs) {
      const text = paragraph.replace(/\s+/g, ' ');
      parts.push(/[.!?…:;)"”’]$/.test(text) ? text : `${text}.`);
    }
  }
  const summary = parts.join(' ');
  if (summary.length <= MAX_SUMMARY_LENGTH) return summary;
  const cut = summary.lastIndexOf(' ', MAX_SUMMARY_LENGTH - 1);
  return `${summary.slice(0, cut > 0 ? cut : MAX_SUMMARY_LENGTH - 1).replace(/[\s,;:.]+$/, '')}…`;
}
