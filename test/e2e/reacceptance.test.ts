import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { E2E_AS_OF } from './global-setup.ts';

const browser = useBrowser();

/** What the page of the other site reports: the decision, or the error the import or fetch threw. */
type Outcome = { result: Record<string, unknown> } | { error: string };

// Runs in the other site's page: import the module from the policy site, fetch the versions, decide.
// Given as source text: Vite would rewrite an import() written in a function of this file.
async function decideFrom(page: Page, site: string, asOf: string): Promise<Outcome> {
  return page.evaluate(`(async () => {
    try {
      const { needsReacceptance } = await import(${JSON.stringify(`${site}/reacceptance/v1/reacceptance.js`)});
      const versions = await (await fetch(${JSON.stringify(`${site}/api/cookies/versions.json`)})).json();
      return { result: needsReacceptance('2025-09-01', versions, { asOf: ${JSON.stringify(asOf)} }) };
    } catch (error) {
      return { error: String(error) };
    }
  })()`);
}

describe('the re-acceptance module, imported by a page of another site', () => {
  // The built site served twice: with the headers of its own _headers file, as Netlify or Cloudflare
  // Pages send them, and without; and a page of another origin (another port) that imports from it.
  let hosted: StaticServer;
  let bare: StaticServer;
  let other: Server;
  let otherUrl: string;
  const siteOf = (server: StaticServer): string => `${server.url}${inject('basePath').slice(0, -1)}`;

  beforeAll(async () => {
    hosted = await serveStatic(inject('distDir'), inject('basePath'), { hostHeaders: true });
    bare = await serveStatic(inject('distDir'), inject('basePath'));
    // Its page carries the import map given in ?importmap=, if any.
    other = createServer((request, response) => {
      const map = new URL(request.url ?? '/', 'http://localhost').searchParams.get('importmap');
      const head = map ? `<script type="importmap">${map}</script>` : '';
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>Another site</title>${head}<p>Terms`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await Promise.all([hosted?.close(), bare?.close(), new Promise((resolve) => other?.close(resolve))]);
  });

  test('imports it and fetches the versions across origins, as the headers of public/_headers allow, and asks again after a material change', async () => {
    const page = await browser().newPage();
    await page.goto(otherUrl);
    const outcome = await decideFrom(page, siteOf(hosted), E2E_AS_OF);
    expect(outcome).toEqual({
      result: expect.objectContaining({
        required: true,
        reason: 'material-change',
        since: '2026-03-14',
        inForce: expect.objectContaining({ version: '2026-03-14', status: 'in-force' }),
        upcoming: null, // the announced 2026-06-01 revision is editorial
        asOf: E2E_AS_OF,
      }),
    });
    const types = await page.evaluate(
      async (url) => (await fetch(url)).headers.get('content-type'),
      `${siteOf(hosted)}/reacceptance/v1/reacceptance.d.ts`,
    );
    expect(types).toBe('application/typescript; charset=utf-8');
    await page.close();
  });

  test('imports it pinned by the integrity value /developers/ publishes, and refuses other bytes', async () => {
    const [integrity] = htmlText(readPage(inject('distDir'), '/developers/')).match(/sha384-[A-Za-z0-9+/]+={0,2}/) ?? [];
    expect(integrity).toBeDefined();
    const moduleUrl = `${siteOf(hosted)}/reacceptance/v1/reacceptance.js`;
    const importPinned = async (value: string): Promise<string> => {
      const page = await browser().newPage();
      const map = JSON.stringify({ imports: { 'redline-reacceptance': moduleUrl }, integrity: { [moduleUrl]: value } });
      await page.goto(`${otherUrl}?importmap=${encodeURIComponent(map)}`);
      const outcome = await page.evaluate(`import('redline-reacceptance').then((m) => typeof m.needsReacceptance, (e) => String(e))`);
      await page.close();
      return outcome as string;
    };
    expect(await importPinned(integrity ?? '')).toBe('function');
    // The same value with one character changed: the browser refuses the module.
    const other = `${integrity?.slice(0, 10)}${integrity?.[10] === 'A' ? 'B' : 'A'}${integrity?.slice(11)}`;
    expect(await importPinned(other)).toContain('Failed to fetch dynamically imported module');
  });

  test('cannot be imported from another origin without Access-Control-Allow-Origin', async () => {
    const page = await browser().newPage();
    await page.goto(otherUrl);
    expect(await decideFrom(page, siteOf(bare), E2E_AS_OF)).toEqual({
      error: expect.stringContaining('Failed to fetch dynamically imported module'),
    });
    await page.close();
  });
});
