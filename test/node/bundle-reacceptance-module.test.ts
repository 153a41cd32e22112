import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { needsReacceptance } from '../../src/lib/reacceptance/index.ts';
import {
  bundleReacceptanceModule,
  REACCEPTANCE_ENTRY,
  REACCEPTANCE_TYPES_FILE,
  reacceptanceDeclarations,
} from '../../src/node/bundle-reacceptance-module.ts';
import { tempDir } from '../helpers/paths.ts';

const hash = (n: number): string => n.toString(16).padStart(64, '0');
const VERSIONS = {
  specVersion: '1.0',
  versions: [
    { version: '2025-09-01', effective: '2025-09-01', change: null, sha256: hash(1), formerSha256: [] },
    { version: '2026-03-14', effective: '2026-03-14', change: 'material', sha256: hash(3), formerSha256: [hash(2)] },
    { version: '2026-06-01', effective: '2026-06-01', change: 'editorial', sha256: hash(4), formerSha256: [] },
  ],
} as const;

type Module = { needsReacceptance: typeof needsReacceptance };

/**
 * Write the bundle and its declarations into a new folder (no package.json), under the names the site
 * serves them (reacceptance.js, reacceptance.d.ts) and those the developers page tells Node users to
 * save them as (reacceptance.mjs, reacceptance.d.mts).
 */
async function vendored(): Promise<string> {
  const dir = tempDir('reacceptance');
  const [module, types] = [await bundleReacceptanceModule(), await reacceptanceDeclarations()];
  writeFileSync(join(dir, 'reacceptance.js'), module);
  writeFileSync(join(dir, REACCEPTANCE_TYPES_FILE), types);
  writeFileSync(join(dir, 'reacceptance.mjs'), module);
  writeFileSync(join(dir, 'reacceptance.d.mts'), types);
  return dir;
}

/** Type-check a TypeScript file strictly, as a consumer's project would (with a bundler, or as Node runs it); return its diagnostics as text. */
function typeCheck(file: string, resolution: 'bundler' | 'node' = 'bundler'): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    ...(resolution === 'bundler'
      ? { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
      : { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }),
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('bundleReacceptanceModule', () => {
  test('gives the same bytes each time: one readable ES module exporting needsReacceptance only, naming its declarations', async () => {
    const [a, b] = await Promise.all([bundleReacceptanceModule(), bundleReacceptanceModule()]);
    expect(a).toBe(b);
    expect(a.split('\n')[0]).toBe('// @ts-self-types="./reacceptance.d.ts"');
    expect(a).not.toMatch(/^\s*import\s/m);
    expect(a).toMatch(/\nexport \{\n {2}needsReacceptance\n\};\n$/);
    // Small enough to load on any page that asks for acceptance: under 3 KB gzipped (2.8 KB now, with
    // acceptance records, the site's time zone and more reasons; readable, unminified, its errors in words).
    expect(gzipSync(a, { level: 9 }).length).toBeLessThan(3072);
  });

  test('runs in Node, saved as reacceptance.mjs with no package.json and loaded with import(), and answers as its source does', async () => {
    const dir = await vendored();
    const built = (await import(pathToFileURL(join(dir, 'reacceptance.mjs')).href)) as Module;
    expect(Object.keys(built)).toEqual(['needsReacceptance']);
    for (const [accepted, asOf] of [
      ['2025-09-01', '2026-04-01'],
      [hash(2), '2026-07-01'],
      ['2024-01-01', '2026-07-01'],
      ['2025-09-01', '2026-03-13'],
    ] as const) {
      expect(built.needsReacceptance(accepted, VERSIONS, { asOf })).toEqual(needsReacceptance(accepted, VERSIONS, { asOf }));
    }
    expect(built.needsReacceptance('2025-09-01', VERSIONS, { asOf: '2026-04-01' })).toMatchObject({ required: true, since: '2026-03-14' });
    expect(() => built.needsReacceptance('2025-09-01', VERSIONS, { asOf: '2026-4-1' })).toThrow(
      new TypeError(
        'needsReacceptance: options.asOf is "2026-4-1", expected a real date written YYYY-MM-DD (or no asOf: today in the policy\'s time zone)',
      ),
    );
  });
});

describe('reacceptanceDeclarations', () => {
  test('type a consumer of the bundle beside them, with no other file, and reject a wrong call', async () => {
    const dir = await vendored();
    const declarations = await reacceptanceDeclarations();
    expect(declarations).toContain('export declare function needsReacceptance<V extends AcceptableVersion>(');
    expect(declarations).toContain("Default: today's date in the document's `timeZone`");
    const consumer = (call: string, from = './reacceptance.js'): string => `import { needsReacceptance, type Reacceptance } from '${from}';
const document = {
  specVersion: '1.0',
  versions: [{ version: '2026-03-14', effective: '2026-03-14', change: 'material' as const, sha256: '${hash(3)}', url: 'https://example.com/' }],
};
const result: Reacceptance<(typeof document.versions)[number]> = ${call};
export const shown: string | undefined = result.inForce?.url;
export const why:
  | 'not-accepted'
  | 'unknown-version'
  | 'material-change'
  | 'no-material-change'
  | 'up-to-date'
  | 'accepted-ahead'
  | 'nothing-in-force' = result.reason;
export const first = needsReacceptance(null, document.versions).inForce?.sha256;
export const stored = needsReacceptance({ policy: 'terms', version: '2026-03-14', sha256: '${hash(3)}' }, document).required;
`;
    writeFileSync(join(dir, 'ok.ts'), consumer("needsReacceptance('2026-03-14', document, { asOf: '2026-04-01' })"));
    expect(typeCheck(join(dir, 'ok.ts'))).toEqual([]);
    // A Node project's own module (.mts) importing the copy saved as the developers page says.
    writeFileSync(
      join(dir, 'ok-node.mts'),
      consumer("needsReacceptance('2026-03-14', document, { asOf: '2026-04-01' })", './reacceptance.mjs'),
    );
    expect(typeCheck(join(dir, 'ok-node.mts'), 'node')).toEqual([]);
    writeFileSync(join(dir, 'wrong.ts'), consumer('needsReacceptance(20260314, document.versions)'));
    expect(typeCheck(join(dir, 'wrong.ts'))).toEqual([
      "Argument of type '20260314' is not assignable to parameter of type 'string | AcceptanceRecord | null'.",
    ]);
    writeFileSync(join(dir, 'wrong-node.mts'), consumer('needsReacceptance(20260314, document.versions)', './reacceptance.mjs'));
    expect(typeCheck(join(dir, 'wrong-node.mts'), 'node')).toEqual([
      "Argument of type '20260314' is not assignable to parameter of type 'string | AcceptanceRecord | null'.",
    ]);
  });

  test.each([
    [
      'an exported function has no return type',
      'export function f(x: string) { return x; }\n',
      `${REACCEPTANCE_ENTRY}: its declarations cannot be written on their own — Function must have an explicit return type annotation with --isolatedDeclarations.`,
    ],
    [
      'an exported type comes from another file',
      "import type { CalendarDate } from '../dates/index.ts';\nexport function f(x: CalendarDate): CalendarDate { return x; }\n",
      `${REACCEPTANCE_ENTRY}: its declarations import another module — write every exported type in this file`,
    ],
  ])('refuse an entry whose declarations would not stand alone: %s', async (_case, source, message) => {
    const root = tempDir('reacceptance-root');
    mkdirSync(join(root, 'src/lib/reacceptance'), { recursive: true });
    writeFileSync(join(root, REACCEPTANCE_ENTRY), source);
    await expect(reacceptanceDeclarations(root)).rejects.toThrow(message);
  });
});
