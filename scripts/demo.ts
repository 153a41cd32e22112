// npm run demo — build a demo site with real history and redlines: GitHub's public site policies.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './lib/read-command-line.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPORA = join(ROOT, 'test/fixtures/corpora/github-site-policy');

const HELP = `Usage: npm run demo [-- --out <folder>]

Builds a demo of Redline from real public histories — GitHub's Terms of Service (42 revisions),
Subprocessors (18) and Cookies (7), from github/site-policy (CC0, kept in test/fixtures/corpora) —
so the history pages, redlines, feeds and JSON can be seen with real text. The policies are
imported (npm run policy:import), locked (npm run policy:lock) and built into their own folder;
the owner's policies/ and dist/ are left alone. The demo says on every page that it is one.

  --out FOLDER   where to build it (default dist-demo)
  --help         this text

Then: npx astro preview --outDir dist-demo

Exit status: 0 built, 1 a step failed, 2 bad arguments.`;

const POLICIES = [
  { corpus: 'github-terms-of-service', policy: 'terms-of-service', args: [] },
  { corpus: 'github-subprocessors', policy: 'subprocessors', args: [] },
  { corpus: 'github-cookies', policy: 'cookies', args: ['--declaration'] },
];

function main(argv: string[]): number {
  const parsed = readCommandLine(
    { args: argv, options: { out: { type: 'string', default: 'dist-demo' }, help: { type: 'boolean' } } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const out = resolve(ROOT, parsed.values.out ?? 'dist-demo');
  const work = mkdtempSync(join(tmpdir(), 'redline-demo-'));
  const env = {
    ...process.env,
    POLICIES_DIR: join(work, 'policies'),
    REDLINE_CACHE_DIR: join(work, 'cache'),
    // Every page says it is a demo, with the policies' real owner and source (src/site.config.ts).
    REDLINE_DEMO: '1',
  };
  const run = (what: string, args: string[]): boolean => {
    console.log(`demo: ${what}`);
    const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status === 0) return true;
    console.error(`demo: ${what} failed (exit ${result.status ?? result.signal}); its policies are in ${work}`);
    return false;
  };
  // The corpus by its path in the repository (the import names it in each policy's description), not
  // the builder's machine path.
  for (const { corpus, policy, args } of POLICIES) {
    if (
      !run(`import ${corpus}`, [
        join(ROOT, 'scripts/policy-import.ts'),
        '--from',
        relative(ROOT, join(CORPORA, corpus)),
        '--policy',
        policy,
        ...args,
      ])
    )
      return 1;
  }
  if (!run('lock the published revisions', [join(ROOT, 'scripts/policy-lock.ts')])) return 1;
  if (!run(`build into ${relative(ROOT, out) || out}`, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out]))
    return 1;
  rmSync(work, { recursive: true, force: true });
  console.log(`demo: done — npx astro preview --outDir ${relative(ROOT, out) || out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
