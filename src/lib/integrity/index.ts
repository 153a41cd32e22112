export { checkLock } from './check-lock.ts';
export { ARCHIVE_DIR, emptyLock, LOCK_FILE, lockEntrySchema, lockFileSchema, serializeLock } from './lock-file.ts';
export type { LockEntry, LockFile } from './lock-file.ts';
export { revisionStates } from './locked-revisions.ts';
export type { RevisionState } from './locked-revisions.ts';
export { updateLock } from './update-lock.ts';
export type { LockUpdate } from './update-lock.ts';
