import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pairKey, sourceSha256 } from '../../src/lib/policies/index.ts';
import { generateHistory } from '../../src/lib/synthetic/generate-history.ts';
import { siteConfig } from '../fixtures/mailly/site.config.ts';
import { findBrokenLinks } from '../checkers/find-broken-links.ts';
import { buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { readPage } from '../helpers/page-text.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';

const BASE = `# Terms

## 1. Accounts

You must keep your account secure and tell us about any breach of your account.

You are responsible for everything done with your account and for the people you let use it.

## 2. Payment

You pay the fees listed on the pricing page, in advance, every month, in the currency shown.

## 3. Termination

We may end this agreement when you break these terms, after giving you written notice.

## 4. Contact

Write to the legal team at the address below with any question about these terms.
`;

// Eight revisions, 30 days apart, from 2024-01-01. As of the sixth, the seventh is a draft (hidden) and
// the eighth is announced (upcoming, visible).
const history = generateHistory(BASE, { revisions: 8, start: '2024-01-01', stepDays: 30, seed: 3 });
const dates = history.map((r) => r.effective);
const AS_OF = dates[5] as string;
const revision = (index: number, body: string): string => {
  const front = [`effective: ${dates[index]}`];
  if (index > 0) front.push('change: material', `summary: "Revision ${index + 1}."`);
  if (index === 7) front.push(`published: ${AS_OF}`);
  return `---\n${front.join('\n')}\n---\n\n${body}`;
};
const files = (bodies: string[]): Record<string, string> =>
  Object.fromEntries(bodies.map((body, index) => [`terms/${dates[index]}.mdx`, revision(index, body)]));

// Visible: 1–6 and 8; in force: 6. Adjacent pairs, plus each against the one in force.
const v = (n: number): string => dates[n - 1] as string;
const EXPECTED = [
  [1, 2],
  [1, 6],
  [2, 3],
  [2, 6],
  [3, 4],
  [3, 6],
  [4, 5],
  [4, 6],
  [5, 6],
  [6, 8],
].map(([a, b]) => pairKey(v(a as number), v(b as number)));

function comparePages(outDir: string): string[] {
  return readdirSync(join(outDir, 'terms/compare'))
    .filter((name) => name.includes('...'))
    .sort();
}

function buildReport(site: BuildResult): { parsed: number; loaded: number; computed: number; removed: number } {
  const report =
    /revisions parsed: (\d+), read from the cache: (\d+); redlines computed: (\d+), reused from the cache: \d+; stale cache entries removed: (\d+)/.exec(
      site.output,
    );
  expect(report, site.output).not.toBeNull();
  const [parsed, loaded, computed, removed] = (report ?? []).slice(1).map(Number);
  return { parsed: parsed ?? NaN, loaded: loaded ?? NaN, computed: computed ?? NaN, removed: removed ?? NaN };
}

describe('a policy with compare: adjacent', () => {
  const policies = copyPolicies();
  const cache = tempDir('cache');
  let site: BuildResult;

  beforeAll(async () => {
    editTree(policies, {
      'terms/policy.yml': 'title: Terms\ndescription: The terms.\ncompare: adjacent\n',
      ...files(history.map((r) => r.body)),
    });
    lockTree(policies, AS_OF);
    site = await buildSite({ policiesDir: policies, asOf: AS_OF, cacheDir: cache });
    if (!site.ok) throw new Error(site.output);
  });

  test('builds each revision against the one before it and against the one in force, and no other pair', () => {
    expect(comparePages(site.outDir)).toEqual([...EXPECTED].sort());
  });

  test('links only to compare pages that exist: chooser, revision pages, history, changelog, feeds', () => {
    expect(findBrokenLinks(site.outDir, { site: `${siteConfig.url}/` })).toEqual([]);
    const chooser = readPage(site.outDir, '/terms/compare/');
    const linked = [...chooser.matchAll(/href="\/terms\/compare\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(new Set(linked)).toEqual(new Set(EXPECTED));
    const pairs = JSON.parse(/data-compare-pairs[^>]*>([^<]*)</.exec(chooser)?.[1] ?? '{}') as Record<string, string>;
    expect(Object.keys(pairs).sort()).toEqual([...EXPECTED].sort());
    expect(chooser).toContain('each version is compared with the one before it and with the version in force');
  });

  test('a rebuild after editing one revision parses that revision alone and compares exactly the pairs it is part of again', async () => {
    // The seven visible revisions, parsed once each; nothing cached yet.
    expect(buildReport(site)).toEqual({ parsed: 7, loaded: 0, computed: EXPECTED.length, removed: 0 });
    // The third revision is published and locked: it is corrected, with an erratum.
    const path = `terms/${dates[2]}.mdx`;
    const original = readFileSync(join(policies, path), 'utf8');
    const corrected = revision(2, `${history[2]?.body ?? ''}\nA sentence added to the third revision.\n`).replace(
      '\n---\n\n',
      `\nerrata:\n  - date: ${AS_OF}\n    description: Adds a sentence.\n    previousSha256: ${sourceSha256(original)}\n---\n\n`,
    );
    editTree(policies, { [path]: corrected });
    lockTree(policies, AS_OF); // records the correction, as npm run policy:lock does
    const rebuilt = await buildSite({ policiesDir: policies, asOf: AS_OF, cacheDir: cache });
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    // The third revision is in 2–3, 3–4 and 3–6; their old entries and its old parse are pruned.
    expect(buildReport(rebuilt)).toEqual({ parsed: 1, loaded: 6, computed: 3, removed: 4 });
    expect(readFileSync(join(rebuilt.outDir, `terms/compare/${pairKey(v(2), v(3))}/index.html`), 'utf8')).toContain('A sentence added');
  });
});
