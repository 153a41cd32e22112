import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { useBrowser } from '../helpers/chromium.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';

// Of the translated pages, the two policy pages, current and lagging, with their notices: the others
// look as their English originals do (and a screenshot takes a second or more in each look).
const TRANSLATED_SHOWN: readonly string[] = ['translated-policy-in-force', 'translated-policy-lagging'];
const SHOWN = PAGE_TYPES_WITH_CONSENT_DEMO.filter(({ name }) => !name.startsWith('translated-') || TRANSLATED_SHOWN.includes(name));

const OUT = join(ROOT, 'test-results/screenshots');
const LOOKS = [
  { look: 'light', options: { colorScheme: 'light', viewport: { width: 1280, height: 900 } } },
  { look: 'dark', options: { colorScheme: 'dark', viewport: { width: 1280, height: 900 } } },
  { look: 'mobile', options: { colorScheme: 'light', viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true } },
] as const;

const browser = useBrowser();
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

describe('screenshots for review', () => {
  test.each(SHOWN)('are written for $name in light, dark and mobile', async ({ name, path }) => {
    for (const { look, options } of LOOKS) {
      const context = await browser().newContext(options);
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + path);
      const file = join(OUT, `${name}-${look}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await context.close();
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
  });
});
