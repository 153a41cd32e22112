import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyLock, LOCK_FILE, lockFileSchema, type LockFile } from '../lib/integrity/index.ts';
import { problemAt, type PolicyProblem } from '../lib/policies/index.ts';

/** Read `redline.lock.json` from a policies folder (an empty lock when there is none yet). */
export function readLock(dir: string, shown: string): { lock: LockFile; problems: PolicyProblem[] } {
  const path = join(dir, LOCK_FILE);
  if (!existsSync(path)) return { lock: emptyLock(), problems: [] };
  const file = `${shown}/${LOCK_FILE}`;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return {
      lock: emptyLock(),
      problems: [problemAt(file, `is not valid JSON (${(error as Error).message}) — restore it from version control`)],
    };
  }
  const parsed = lockFileSchema.safeParse(data);
  if (parsed.success) return { lock: parsed.data, problems: [] };
  const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'} ${issue.message}`).join('; ');
  return {
    lock: emptyLock(),
    problems: [
      problemAt(file, `is not a valid lock file (${where}) — restore it from version control; npm run policy:lock only ever appends to it`),
    ],
  };
}
