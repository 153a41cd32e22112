import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, serializeLock, type LockUpdate, type RevisionState } from '../lib/integrity/index.ts';
import type { PolicyFile } from '../lib/policies/index.ts';
import { archiveSource } from './archive-source.ts';

/**
 * Write what `updateLock` decided to the policies folder at `dir`: the source of every revision it
 * locked or corrected into the archive first, then the lock. `states` and `files` are the folder's
 * revisions and files as read (`shown` is how their paths are named).
 */
export function writeLockUpdate(
  dir: string,
  shown: string,
  update: LockUpdate,
  states: readonly RevisionState[],
  files: readonly PolicyFile[],
): void {
  const changed = new Set([...update.added, ...update.corrected]);
  for (const state of states.filter((s) => changed.has(s.key))) {
    const file = files.find((f) => `${shown}/${f.path}` === state.file);
    if (file) archiveSource(dir, state.sha256, file.text);
  }
  writeFileSync(join(dir, LOCK_FILE), serializeLock(update.lock));
}
