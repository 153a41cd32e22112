import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkArchitecture, presentationViolations, type ArchitectureCheck } from '../../../scripts/lib/check-architecture.ts';
import { ROOT, tempDir } from '../../helpers/paths.ts';

describe('checkArchitecture', () => {
  test('finds no forbidden import and no cycle in the project', async () => {
    const check = await checkArchitecture(ROOT);
    expect(check.violations).toEqual([]);
    expect(check.modules).toBeGreaterThan(200);
    expect(check.astroFiles).toBeGreaterThan(10);
  });

  describe('in a copy with one wrong import of each kind', () => {
    let check: ArchitectureCheck;

    beforeAll(async () => {
      const root = tempDir('architecture');
      for (const path of ['src', 'scripts', '.dependency-cruiser.mjs', 'tsconfig.json', 'package.json'])
        cpSync(join(ROOT, path), join(root, path), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
      const files: Record<string, string> = {
        'src/lib/dates/reads-content.ts': "import { loadPolicies } from '../../data/policies.ts';\nexport const x = loadPolicies;\n",
        'src/lib/text/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        'src/lib/redline/reaches-out.ts': "import { sitePath } from '../../data/site-url.ts';\nexport const x = sitePath;\n",
        'scripts/uses-pages.ts': "import { loadPolicies } from '../src/data/policies.ts';\nexport const x = loadPolicies;\n",
        'src/lib/text/cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = (): unknown => b;\n",
        'src/lib/text/cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = (): unknown => a;\n",
        'src/components/Computes.astro':
          "---\nimport { renderRedline } from '../lib/redline/index.ts';\nimport type { Redline } from '../lib/redline/index.ts';\n---\n<p>{String(renderRedline)}</p>\n",
      };
      for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
      check = await checkArchitecture(root);
    });

    test.each([
      ['lib-is-pure', 'src/lib/dates/reads-content.ts', 'src/data/policies.ts'],
      ['lib-no-io', 'src/lib/text/reads-files.ts', 'fs'],
      ['engine-self-contained', 'src/lib/redline/reaches-out.ts', 'src/data/site-url.ts'],
      ['scripts-not-site', 'scripts/uses-pages.ts', 'src/data/policies.ts'],
      ['presentation-only', 'src/components/Computes.astro', 'src/lib/redline/index.ts'],
    ])('reports %s: %s importing %s', (rule, from, to) => {
      expect(check.violations).toContainEqual(expect.objectContaining({ rule, from, to: expect.stringContaining(to) }));
    });

    test('reports no-circular: the cycle of src/lib/text/cycle-a.ts and cycle-b.ts, step by step', () => {
      const cycles = check.violations.filter(({ rule }) => rule === 'no-circular');
      expect(cycles.length).toBeGreaterThan(0);
      for (const { from, to } of cycles) {
        expect(from).toMatch(/^src\/lib\/text\/cycle-[ab]\.ts$/);
        expect(to).toMatch(/^src\/lib\/text\/cycle-[ab]\.ts → src\/lib\/text\/cycle-[ab]\.ts/);
      }
    });

    test('reports nothing else', () => {
      expect(check.violations.filter(({ from }) => !/reads-|reaches-out|uses-pages|cycle-|Computes/.test(from))).toEqual([]);
    });
  });
});

describe('presentationViolations', () => {
  test.each([
    ["import type { Redline } from '../lib/redline/index.ts';", []],
    ["import { type Redline, type RedlineStats } from '../lib/redline/index.ts';", []],
    ["import { sitePath } from '../data/site-url.ts';", []],
    ["import { formatDate } from '../lib/dates/index.ts';", []],
    ["import '../styles/global.css';", []],
    ["import { getCollection } from 'astro:content';", ['astro:content']],
    ["import { cacheDir } from '../node/cache-dir.ts';", ['src/node/cache-dir.ts']],
    ["import { loadPolicies } from '../data/policies.ts';", ['src/data/policies.ts']],
    ["import Diff, { type Redline } from '../lib/redline/index.ts';", ['src/lib/redline/index.ts']],
  ])('in a component, %s is forbidden for %j', (line, forbidden) => {
    const found = presentationViolations('src/components/X.astro', `---\n${line}\n---\n<p/>\n`).map((violation) => violation.to);
    expect(found).toEqual(forbidden);
  });
});
