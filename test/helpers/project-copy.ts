import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from './paths.ts';

/** Mailly, the owner the tests build: its settings, policies and public files (test/fixtures/mailly). */
export const MAILLY = join(ROOT, 'test/fixtures/mailly');

/** What an owner puts in a copy of the project (README, "Use Redline for your policies"). */
export interface Owner {
  /** The text of their `src/site.config.ts` (default: Mailly's, test/fixtures/mailly/site.config.ts). */
  siteConfig?: string;
  /** Their `policies/` folder, copied in (default: Mailly's). */
  policiesDir?: string;
  /** Their `public/` files by path, over Redline's own (`_headers`) (default: Mailly's). */
  publicFiles?: Record<string, string>;
}

/**
 * Make a copy of this project's code and configuration with an owner's settings, policies and public
 * files in place of the project's own (node_modules shared by a link), and return its root, to build
 * with `buildSite({ root })`. The tests build Mailly's copy, so that they check Redline the same way
 * in any project — Mailly's or one another company made its own.
 */
export function projectCopy({ siteConfig, policiesDir = join(MAILLY, 'policies'), publicFiles }: Owner = {}): string {
  const root = join(tempDir('project'), 'redline');
  for (const path of ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'src/site.config.ts'), siteConfig ?? readFileSync(join(MAILLY, 'site.config.ts'), 'utf8'));
  cpSync(policiesDir, join(root, 'policies'), { recursive: true });
  mkdirSync(join(root, 'public'));
  cpSync(join(ROOT, 'public/_headers'), join(root, 'public/_headers'));
  if (publicFiles === undefined) cpSync(join(MAILLY, 'public'), join(root, 'public'), { recursive: true });
  for (const [path, text] of Object.entries(publicFiles ?? {})) {
    mkdirSync(dirname(join(root, 'public', path)), { recursive: true });
    writeFileSync(join(root, 'public', path), text);
  }
  return root;
}
