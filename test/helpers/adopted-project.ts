import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from './build-site.ts';

/** What another owner changes to make Redline theirs (README, "Use Redline for your policies"). */
export interface Adoption {
  /** The text of their `src/site.config.ts`. */
  siteConfig: string;
  /** Their `policies/` folder, copied in. */
  policiesDir: string;
  /** Their `public/` files, by path (the project's own are not copied). */
  publicFiles: Record<string, string>;
}

/**
 * Make a copy of this project that another owner made theirs: Redline's code and configuration, with
 * their site config, policies and public files instead of Mailly's (node_modules shared by a link).
 * Return the copy's root, to build with `buildSite({ root })`.
 */
export function adoptedProject({ siteConfig, policiesDir, publicFiles }: Adoption): string {
  const root = join(tempDir('adopted'), 'project');
  for (const path of ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'src/site.config.ts'), siteConfig);
  cpSync(policiesDir, join(root, 'policies'), { recursive: true });
  for (const [path, text] of Object.entries(publicFiles)) {
    mkdirSync(dirname(join(root, 'public', path)), { recursive: true });
    writeFileSync(join(root, 'public', path), text);
  }
  return root;
}
