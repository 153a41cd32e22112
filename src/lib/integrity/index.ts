export { checkLock, findInsertedRevisions, findUnlocked, isPublished, publishedOn } from './check-lock.ts';
export {
  appendToLock,
  ARCHIVE_DIR,
  emptyLock,
  entryHash,
  GENESIS,
  legacyLockFileSchema,
  LOCK_FILE,
  lockEntrySchema,
  lockFileSchema,
  lockExtends,
  lockHead,
  lockJsonSchema,
  migrateLock,
  revisionChains,
  serializeLock,
  verifyChain,
} from './lock-file.ts';
export type { LockEntry, LockFile, LockHead, LockRecord } from './lock-file.ts';
export { revisionStates, settledRevisions } from './locked-revisions.ts';
export type { RevisionState } from './locked-revisions.ts';
export { updateLock } from './update-lock.ts';
export type { LockUpdate } from './update-lock.ts';
export { checkErrata } from './check-errata.ts';
export type { ErrataOptions } from './check-errata.ts';
export {
  formatMismatches,
  verificationSummary,
  verifySite,
  type Mismatch,
  type SiteReader,
  type SiteVerification,
  type VerifyOptions,
} from './verify-site.ts';
