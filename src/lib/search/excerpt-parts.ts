/** A run of an excerpt's text: a match (shown in `<mark>`) or the text around it. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const MARK = /<mark>|<\/mark>/g;
const ESCAPED = /&(lt|gt);/g;

/**
 * Split a Pagefind excerpt into plain text and matches. Pagefind writes an excerpt from the page's
 * text with `<` and `>` escaped as `&lt;` and `&gt;` (and nothing else: a `&` stays as it is) and
 * each matching word wrapped in `<mark>…</mark>`; a `<mark>` written in the text itself is escaped,
 * so only Pagefind's own tags split it. The search page builds text nodes and `<mark>` elements from
 * these parts: nothing of the index is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  let from = 0;
  const push = (raw: string): void => {
    const text = raw.replace(ESCAPED, (_entity, name: string) => (name === 'lt' ? '<' : '>'));
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (const tag of excerpt.matchAll(MARK)) {
    push(excerpt.slice(from, tag.index));
    marked = tag[0] === '<mark>';
    from = tag.index + tag[0].length;
  }
  push(excerpt.slice(from));
  return parts;
}
