import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundleConsentScript } from '../../src/node/bundle-consent-script.ts';

describe('bundleConsentScript', () => {
  test('gives the same bytes each time: one classic script, within the 6 KB gzip budget', async () => {
    const [a, b] = await Promise.all([bundleConsentScript(), bundleConsentScript()]);
    expect(a).toBe(b);
    expect(a).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(a).not.toMatch(/^\s*(import|export)\s/m);
    expect(gzipSync(a, { level: 9 }).length).toBeLessThanOrEqual(6 * 1024);
  });

  test('never writes markup from data: no innerHTML, outerHTML, insertAdjacentHTML or document.write', async () => {
    expect(await bundleConsentScript()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
