import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './paths.ts';
import { projectCopy } from './project-copy.ts';

export { ROOT, tempDir } from './paths.ts';

/** What one `astro build` run did. */
export interface BuildResult {
  /** Whether the build exited with status 0. */
  ok: boolean;
  /** Everything it printed, stdout then stderr, without colours. */
  output: string;
  /** The folder the site was written to. */
  outDir: string;
}

/** Options of `buildSite`. */
export interface BuildOptions {
  /** The policies folder to build (default: the project's `policies/`). */
  policiesDir?: string;
  /** `REDLINE_AS_OF` for the build (default: unset, today). */
  asOf?: string;
  /** The build cache folder, to rebuild with an earlier build's cache (default: a new empty one). */
  cacheDir?: string;
  /** `REDLINE_BASE` for the build, the path the site is served under (default: unset, the config's). */
  base?: string;
  /**
   * The project to build (default: a new copy of this one with Mailly's settings, policies and public
   * files, test/helpers/project-copy.ts); `ROOT` builds the project as it is.
   */
  root?: string;
}

/** Run `astro build` of a project (a copy of this one, by default) in a child process, into a new temporary folder, with its own cache. */
export function buildSite({ policiesDir, asOf, cacheDir, base, root = projectCopy() }: BuildOptions = {}): Promise<BuildResult> {
  // Inside the project: Astro puts its prerender chunks in <outDir>/.prerender when the out folder is
  // within the working directory, and in one shared <root>/.astro/.prerender otherwise — where two
  // builds running side by side would delete each other's chunks.
  const builds = join(root, 'test-results', 'builds');
  mkdirSync(builds, { recursive: true });
  const outDir = mkdtempSync(join(builds, 'dist-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', REDLINE_CACHE_DIR: cacheDir ?? tempDir('cache') };
  if (policiesDir) env.POLICIES_DIR = policiesDir;
  if (asOf) env.REDLINE_AS_OF = asOf;
  else delete env.REDLINE_AS_OF;
  if (base) env.REDLINE_BASE = base;
  else delete env.REDLINE_BASE;
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: root, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      // eslint-disable-next-line no-control-regex -- strip any colour codes a tool prints regardless of NO_COLOR
      const output = `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      resolve({ ok: error === null, output, outDir });
    });
  });
}
