import type { CalendarDate } from '../dates/index.ts';
import type { ChangeLabel } from '../policies/schema.ts';
import { readJekyllSource } from './jekyll-front-matter.ts';
import { markdownToMdx } from './markdown-to-mdx.ts';

/** How imported revisions are labelled. */
export interface ImportLabels {
  /** The label of every revision but the first. */
  change: ChangeLabel;
  /** The summary of every revision but the first; `{subject}` is replaced by the version's commit subject. */
  summary: string;
}

/** One revision written by an import. */
export interface ImportedRevision {
  effective: CalendarDate;
  /** The MDX file, front matter included. */
  source: string;
  /** The title of the source's front matter, if any. */
  title?: string;
  /** What the conversion had to do. */
  notes: string[];
}

/** Write one imported version as a revision file: Redline front matter, and its body converted to MDX. */
export function importedRevision(
  version: { date: CalendarDate; text: string; subject?: string },
  first: boolean,
  labels: ImportLabels,
): ImportedRevision {
  const { title, body } = readJekyllSource(version.text);
  const { mdx, notes } = markdownToMdx(body);
  const front = [`effective: ${version.date}`];
  if (!first) {
    const summary = labels.summary
      .replace('{subject}', version.subject ?? '')
      .replace(/\s*\(\s*\)|:\s*$/g, '')
      .trim();
    front.push(`change: ${labels.change}`, `summary: ${JSON.stringify(summary)}`);
  }
  const revision: ImportedRevision = {
    effective: version.date,
    source: `---\n${front.join('\n')}\n---\n\n${mdx.replace(/^\n+/, '')}`,
    notes,
  };
  if (title !== undefined) revision.title = title;
  return revision;
}
