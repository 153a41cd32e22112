import { keyedCache } from '../lib/cache/keyed-cache.ts';
import { bodyProblemAt, PolicyError, problemAt, splitFrontMatter } from '../lib/policies/index.ts';
import { readRevisionBody } from '../lib/revision-body/index.ts';
import type { SiteRevision, SourceEntry } from './policies.ts';
import { entrySource } from './sources.ts';
import { siteConfig } from '../site.config.ts';

// Each body is rendered once per build, from the very source whose hash the page prints.
const bodies = keyedCache((entry: SourceEntry): string => {
  const split = splitFrontMatter(entrySource(entry));
  const file = entry.filePath ?? entry.id;
  if ('reason' in split) throw new PolicyError([problemAt(file, `front matter is not valid YAML (${split.reason})`, split.line)]);
  const body = readRevisionBody(split.body, { siteBase: siteConfig.base });
  // The integration's check refused these before Astro started; this guards `astro dev` edits.
  if (body.html === null) {
    throw new PolicyError(body.problems.map((problem) => bodyProblemAt(file, split.bodyLine, problem)));
  }
  return body.html;
});

/** Return the text of an entry's source (a revision or a translation) as the safe HTML its pages show (see readRevisionBody). */
export function sourceHtml(entry: SourceEntry): string {
  return bodies.get(entry.id, entry);
}

/** Return a revision's text as the safe HTML its pages show (see readRevisionBody). */
export function revisionHtml(revision: SiteRevision): string {
  return sourceHtml(revision.entry);
}
