import { lockHead, revisionChains, serializeLock, type LockEntry, type LockFile, type LockHead } from '../lib/integrity/index.ts';
import type { Erratum } from '../lib/policies/index.ts';
import { diffDocuments, renderRedline, type RedlineCues, type RedlineStats } from '../lib/redline/index.ts';
import { readArchivedSource } from '../node/archive-source.ts';
import { shownPath } from '../node/check-policies-dir.ts';
import { policiesDir } from '../node/policies-dir.ts';
import { readLock } from '../node/read-lock.ts';
import { siteConfig } from '../site.config.ts';
import type { SiteRevision } from './policies.ts';
import { parseRevisionSource } from './redlines.ts';
import { revisionSha256, revisionSource } from './sources.ts';

let lockCache: LockFile | undefined;

// The integration has already refused a lock file that does not parse or whose chain is broken.
function siteLock(): LockFile {
  lockCache ??= readLock(policiesDir(), shownPath(policiesDir(), process.cwd())).lock;
  return lockCache;
}

/** Return the entries the lock's chain records for a revision, oldest first (empty when not locked). */
export function lockChain(revision: SiteRevision): LockEntry[] {
  return revisionChains(siteLock()).get(`${revision.policy}/${revision.effective}`) ?? [];
}

/** Return the head of the lock's hash chain, as the site publishes it. */
export function integrityHead(): LockHead {
  return lockHead(siteLock());
}

/** Return the whole lock as `/integrity/redline.lock.json` publishes it for anyone to verify: byte for byte as `policies/redline.lock.json`. */
export function publishedLockText(): string {
  return serializeLock(siteLock());
}

/** One public correction of a revision: the erratum, and the redline from the text before it to the text after. */
export interface Correction {
  erratum: Erratum;
  /** The inline redline HTML of the correction, or undefined when the earlier text was not archived. */
  html?: string;
  stats?: RedlineStats;
}

/**
 * Return the corrections of a revision, oldest first, each with its redline: from the archived
 * source of `previousSha256` to the source of the next hash in the chain (or the file as it is now).
 * `cues` word the redline's own text in the page's language (default: English).
 */
export function corrections(revision: SiteRevision, idPrefix: string, cues?: RedlineCues): Correction[] {
  const dir = policiesDir();
  const current = revisionSource(revision);
  const chain = lockChain(revision).map((entry) => entry.sha256);
  return (revision.errata ?? []).map((erratum, index): Correction => {
    const before = readArchivedSource(dir, erratum.previousSha256);
    const nextHash = chain[chain.indexOf(erratum.previousSha256) + 1];
    const after = nextHash && nextHash !== revisionSha256(revision) ? readArchivedSource(dir, nextHash) : current;
    if (before === undefined || after === undefined) return { erratum };
    const redline = diffDocuments(parseRevisionSource(before), parseRevisionSource(after), { idPrefix: `${idPrefix}${index + 1}-` });
    return { erratum, html: renderRedline(redline, { siteBase: siteConfig.base, cues }), stats: redline.stats };
  });
}
