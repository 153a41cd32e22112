import type { CalendarDate } from '../lib/dates/index.ts';
import { revisionStates, settledRevisions } from '../lib/integrity/index.ts';
import { buildLogNotes, findDisclosureNotes, type PolicyFile, type RevisionNotes } from '../lib/policies/index.ts';
import { ownerHost } from '../lib/site/index.ts';
import { siteConfig } from '../site.config.ts';
import { readLock } from './read-lock.ts';

/**
 * List what each revision's device storage disclosure leaves out or reads differently from its
 * declaration, and why a revision gets none (src/lib/policies/disclosure-notes.ts), for
 * `npm run policy:check`. `shown` is the policies folder as messages name it.
 */
export function disclosureNotes(files: readonly PolicyFile[], shown: string): RevisionNotes[] {
  return findDisclosureNotes(files, { root: shown, siteDomain: ownerHost(siteConfig) });
}

/**
 * Return the lines of the build log on device storage disclosures: the notes of the revisions in
 * force, upcoming or not yet locked as of `today`, and one line counting those of the settled ones
 * (`buildLogNotes`), which every build would repeat. `dir` is the policies folder, read for its lock.
 */
export function buildLogDisclosureNotes(dir: string, files: readonly PolicyFile[], shown: string, today: CalendarDate): string[] {
  const { lock } = readLock(dir, shown);
  const settled = settledRevisions(lock, revisionStates(files, shown), today);
  return buildLogNotes(disclosureNotes(files, shown), ({ policy, effective }) => settled.has(`${policy}/${effective}`));
}
