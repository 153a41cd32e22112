import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-script.ts';

describe('npm run demo', () => {
  test('builds a site with the real history of GitHub’s policies, says it is a demo, and verifies', async () => {
    mkdirSync(join(ROOT, 'test-results', 'builds'), { recursive: true });
    const out = mkdtempSync(join(ROOT, 'test-results', 'builds', 'demo-'));
    const run = await runScript('demo', ['--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const revisions = readdirSync(join(out, 'terms-of-service')).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
    expect(revisions).toHaveLength(42);
    const redline = readFileSync(join(out, 'terms-of-service/compare/2017-06-09...2026-03-02/index.html'), 'utf8');
    expect(redline).toContain('<ins');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('This is a demo of Redline');
    expect(index).not.toContain('Mailly');
    // Built the same wherever the checkout is: no path of the builder's machine on the site.
    expect(index).toContain('Imported from test/fixtures/corpora/github-site-policy/github-terms-of-service.');
    expect(index).not.toContain(ROOT);
    const verify = await runScript('policy-verify', [out]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });
});
