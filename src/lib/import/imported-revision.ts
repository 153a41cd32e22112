import yaml from 'js-yaml';
import type { CalendarDate } from '../dates/index.ts';
import type { ChangeLabel } from '../policies/schema.ts';
import { cookieTableDeclaration } from './cookie-table-declaration.ts';
import { readJekyllSource } from './jekyll-front-matter.ts';
import { markdownToMdx } from './markdown-to-mdx.ts';
import { NO_SUMMARY, summaryFromMessages } from './summary-from-messages.ts';

/** How imported revisions are written. */
export interface ImportOptions {
  /** The label of every revision but the first. */
  change: ChangeLabel;
  /**
   * The summary of every revision but the first; `{subject}` is replaced by the version's commit
   * subject. Without one, a revision's summary is made from its versions' messages
   * (summaryFromMessages), or says NO_SUMMARY when there are none.
   */
  summary?: string;
  /** Read cookie tables into a declaration, telling the site owner's provider (first party) from others. */
  declaration?: { isFirstParty: (provider: string) => boolean };
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
  /** What reading the cookie tables left out or converted by convention. */
  report: string[];
}

/** Write one imported version as a revision file: Redline front matter, and its body converted to MDX. */
export function importedRevision(
  version: { date: CalendarDate; text: string; subject?: string; messages?: string[] },
  first: boolean,
  options: ImportOptions,
): ImportedRevision {
  const { title, body } = readJekyllSource(version.text);
  const { mdx, notes } = markdownToMdx(body);
  const front = [`effective: ${version.date}`];
  if (!first) {
    const summary =
      options.summary === undefined
        ? summaryFromMessages(version.messages ?? []) || NO_SUMMARY
        : options.summary
            .replace('{subject}', () => version.subject ?? '')
            .replace(/\s*\(\s*\)|:\s*\.?$/g, '.')
            .replace(/\.\.$/, '.')
            .trim();
    front.push(`change: ${options.change}`, `summary: ${JSON.stringify(summary)}`);
  }
  let report: string[] = [];
  if (options.declaration) {
    const tables = cookieTableDeclaration(body, options.declaration.isFirstParty);
    report = tables.report;
    if (tables.declaration.cookies.length > 0)
      front.push(yaml.dump({ declaration: tables.declaration }, { lineWidth: -1, noRefs: true, quotingType: '"' }).trimEnd());
  }
  const frontMatter = `${front.join('\n')}\n`;
  const revision: ImportedRevision = {
    effective: version.date,
    source: `---\n${frontMatter}---\n\n${mdx.replace(/^\n+/, '')}`,
    notes,
    report,
  };
  if (title !== undefined) revision.title = title;
  return revision;
}
