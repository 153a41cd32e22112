import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from './build-site.ts';

/** Copy the project's policies to a temporary folder and return its path, for tests that break them. */
export function copyPolicies(): string {
  const dir = tempDir('policies');
  cpSync(join(ROOT, 'policies'), dir, { recursive: true });
  return dir;
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
