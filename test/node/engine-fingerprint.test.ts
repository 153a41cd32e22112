import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { engineFingerprint } from '../../src/node/engine-fingerprint.ts';
import { ROOT, tempDir } from '../helpers/build-site.ts';
import { editTree } from '../helpers/policy-tree.ts';

// A project with an engine of a module and a data file, and a lock file.
function project(): string {
  const root = tempDir('project');
  editTree(root, {
    'src/lib/redline/index.ts': "export { words } from './words/words.ts';\n",
    'src/lib/redline/words/words.ts': "import stop from './stop-words.json' with { type: 'json' };\nexport const words = stop;\n",
    'src/lib/redline/words/stop-words.json': '["the", "a"]\n',
    'package-lock.json': '{"lockfileVersion": 3}\n',
  });
  return root;
}

describe('engineFingerprint', () => {
  test('is the same for the same engine', () => {
    const root = project();
    expect(engineFingerprint(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(engineFingerprint(root)).toBe(engineFingerprint(project()));
  });

  test.each(['src/lib/redline/index.ts', 'src/lib/redline/words/words.ts', 'src/lib/redline/words/stop-words.json', 'package-lock.json'])(
    'changes when %s changes',
    (file) => {
      const root = project();
      const before = engineFingerprint(root);
      writeFileSync(join(root, file), '// changed\n', { flag: 'a' });
      expect(engineFingerprint(root)).not.toBe(before);
    },
  );

  test('changes when a file of the engine is renamed', () => {
    const root = project();
    const before = engineFingerprint(root);
    editTree(root, {
      'src/lib/redline/words/words.ts': null,
      'src/lib/redline/words/word-list.ts': "export const words = ['the', 'a'];\n",
    });
    const renamed = engineFingerprint(root);
    editTree(root, {
      'src/lib/redline/words/word-list.ts': null,
      'src/lib/redline/words/words.ts': "export const words = ['the', 'a'];\n",
    });
    expect(new Set([before, renamed, engineFingerprint(root)]).size).toBe(3);
  });

  test('is null without the engine', () => {
    expect(engineFingerprint(tempDir('project'))).toBeNull();
  });

  test('covers the whole engine: no file of src/lib/redline imports a module of the project outside it', () => {
    const engine = join(ROOT, 'src/lib/redline');
    const outside = readdirSync(engine, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        // Relative specifiers that climb out of the engine (a file in a subfolder may climb to the engine's top).
        const climbs = [...readFileSync(join(engine, file), 'utf8').matchAll(/\bfrom\s+'(\.\.?\/[^']*)'/g)].map((m) => m[1] ?? '');
        return climbs
          .filter((spec) => !join('src/lib/redline', file, '..', spec).startsWith('src/lib/redline/'))
          .map((spec) => `${file}: ${spec}`);
      });
    expect(outside).toEqual([]);
  });
});
