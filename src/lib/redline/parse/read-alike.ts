import type { RedlineDocument } from '../redline-document.ts';
import { parseDocument } from './parse-document.ts';

// A revision compared with many others is read as Markdown once, not once per pair.
const markdownReadings = new WeakMap<RedlineDocument, RedlineDocument>();

/**
 * Return the two revisions read the same way. When one was parsed as MDX and the other fell back to
 * plain Markdown (MDX rejected it), the MDX one is read again as Markdown from its source: the same
 * text read two ways differs (a component is a container in MDX and raw HTML in Markdown; `{…}` is an
 * expression in one and text in the other), which would show as changes nobody made. Only that case
 * parses again; `reparsed` says which revision it was.
 */
export function readAlike(
  oldDoc: RedlineDocument,
  newDoc: RedlineDocument,
): { old: RedlineDocument; new: RedlineDocument; reparsed: 'old' | 'new' | null } {
  if (oldDoc.mdx === newDoc.mdx) return { old: oldDoc, new: newDoc, reparsed: null };
  const asMarkdown = (doc: RedlineDocument): RedlineDocument => {
    let read = markdownReadings.get(doc);
    if (!read) {
      read = parseDocument(doc.source, { mdx: false, smartPunctuation: doc.smartPunctuation, parser: doc.parser });
      markdownReadings.set(doc, read);
    }
    return read;
  };
  return oldDoc.mdx ? { old: asMarkdown(oldDoc), new: newDoc, reparsed: 'old' } : { old: oldDoc, new: asMarkdown(newDoc), reparsed: 'new' };
}
