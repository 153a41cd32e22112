import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ROOT } from '../../../helpers/paths.ts';

// On a platform where satteri's native binding does not load, importing the package throws ("Cannot
// find native binding"). The engine must then parse with remark, with the same results.
describe('without satteri’s native binding', () => {
  afterEach(() => {
    vi.doUnmock('satteri');
    vi.resetModules();
  });

  test('the engine loads, says it parses with remark, and parses as satteri would', async () => {
    vi.resetModules();
    vi.doMock('satteri', () => {
      throw new Error('Cannot find native binding.');
    });
    const engine = await import('../../../../src/lib/redline/index.ts');
    expect(engine.DEFAULT_PARSER).toBe('remark');
    const source = readFileSync(join(ROOT, 'test/fixtures/corpora/github-site-policy/github-terms-of-service/2026-03-02.md'), 'utf8');
    const fallback = engine.parseDocument(source);
    expect(fallback.parser).toBe('remark');
    expect(() => engine.parseDocument(source, { parser: 'satteri' })).toThrow(/not available on this platform/);

    vi.doUnmock('satteri');
    vi.resetModules();
    const native = await import('../../../../src/lib/redline/index.ts');
    expect(native.DEFAULT_PARSER).toBe('satteri');
    const { parser: _one, mdxError: _a, ...withRemark } = fallback;
    const { parser: _two, mdxError: _b, ...withSatteri } = native.parseDocument(source);
    expect(withRemark).toEqual(withSatteri);
  });
});
