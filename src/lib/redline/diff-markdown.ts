import { diffDocuments } from './diff-documents.ts';
import type { DiffOptions } from './diff-options.ts';
import { parseDocument } from './parse/index.ts';
import type { ParseOptions } from './parse/index.ts';
import type { Redline } from './redline.ts';

/** Parse two MDX/Markdown revisions and compare them (parse once with `parseDocument` to compare one revision many times). */
export function diffMarkdown(oldSource: string, newSource: string, options: DiffOptions & ParseOptions = {}): Redline {
  const parseOptions: ParseOptions = {};
  if (options.mdx !== undefined) parseOptions.mdx = options.mdx;
  if (options.smartPunctuation !== undefined) parseOptions.smartPunctuation = options.smartPunctuation;
  return diffDocuments(parseDocument(oldSource, parseOptions), parseDocument(newSource, parseOptions), options);
}
