import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { revisionStates, updateLock } from '../../src/lib/integrity/index.ts';
import { writeLockUpdate } from '../../src/node/write-lock.ts';
import { readLock } from '../../src/node/read-lock.ts';
import { readPolicyFiles } from '../../src/node/read-policy-files.ts';
import { ROOT, tempDir } from './build-site.ts';
import { MAILLY } from './project-copy.ts';

/**
 * Made-up earlier revisions of Mailly's cookie policy, for tests only: they give the test sites a
 * history (superseded versions, redlines) that the owner's own `policies/` must not publish.
 */
export const SAMPLE_HISTORY = join(ROOT, 'test/fixtures/sample-history');

/**
 * German and French translations of Mailly's cookie policy of 2026-03-14, for tests only (Mailly has
 * published none): `cookies/{de,fr}/2026-03-14.mdx`.
 */
export const TRANSLATIONS = join(ROOT, 'test/fixtures/translations');

/** Read a revision of the test site's cookie policy: Mailly's real one (test/fixtures/mailly), or a sample. */
export function cookieRevision(name: string): string {
  const real = join(MAILLY, 'policies/cookies', name);
  return readFileSync(existsSync(real) ? real : join(SAMPLE_HISTORY, 'cookies', name), 'utf8');
}

/**
 * Copy Mailly's policies (test/fixtures/mailly) to a temporary folder and return its path, for tests that build or
 * break them: with the sample history added and locked (as `policy:lock` would have on 2026-03-14),
 * unless `samples` is false, and with the test translations (TRANSLATIONS) when `translations` is true.
 */
export function copyPolicies({ samples = true, translations = false }: { samples?: boolean; translations?: boolean } = {}): string {
  const dir = tempDir('policies');
  cpSync(join(MAILLY, 'policies'), dir, { recursive: true });
  if (translations) cpSync(TRANSLATIONS, dir, { recursive: true, filter: (path) => !path.endsWith('README.md') });
  if (samples) {
    cpSync(SAMPLE_HISTORY, dir, { recursive: true });
    lockTree(dir, '2026-03-14');
  }
  return dir;
}

/** Lock every revision of a policies folder published by `today`, as `npm run policy:lock` does (appending to its chain). */
export function lockTree(dir: string, today: string): void {
  const { files } = readPolicyFiles(dir);
  const { lock, problems } = readLock(dir, dir, { allowLegacy: true });
  if (problems.length > 0) throw new Error(`lockTree: ${problems.map((p) => p.message).join('; ')}`);
  const states = revisionStates(files, dir);
  const update = updateLock(lock, states, today, { root: dir });
  if (update.problems.length > 0) throw new Error(`lockTree: ${update.problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  writeLockUpdate(dir, dir, update, states, files);
}

/** Write (or, with `null`, delete) files of a policies folder; paths are relative to it. */
export function editTree(dir: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, path), { recursive: true, force: true });
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
}
