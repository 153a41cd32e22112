import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../checkers/find-broken-links.ts';
import { siteFiles } from '../checkers/site-files.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { lockTree } from '../helpers/policy-tree.ts';

const AS_OF = '2026-02-15';

/** Acme's `src/site.config.ts`: a GitHub Pages project site, with its own brand. */
const acmeConfig = (brand = "{ light: '#8a2be2', dark: '#d8b4fe' }"): string => `
export const siteConfig = {
  url: 'https://acme-rockets.github.io',
  base: '/policies/',
  owner: 'Acme Rockets',
  ownerUrl: 'https://acme-rockets.example',
  title: 'Acme Rockets legal',
  contact: { label: 'legal@acme-rockets.example', href: 'mailto:legal@acme-rockets.example' },
  logo: { src: '/brand/acme.svg', alt: '', width: 32, height: 32 },
  favicon: '/brand/acme.svg',
  brand: ${brand},
  footerLinks: [
    { label: 'Imprint', href: 'https://acme-rockets.example/imprint' },
    { label: 'All versions of the terms', href: '/terms/history/' },
  ],
  demo: false,
  lang: 'en-GB',
  timeZone: 'Europe/London',
  errataMaxChangedWords: 25,
  translations: { order: [], governingStatement: {} },
};
`;

const ACME_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 26 30H6z" fill="#8a2be2"/></svg>\n';

function acmePolicies(): string {
  const dir = tempDir('acme-policies');
  cpSync(fixturePath('other-owner'), dir, { recursive: true, filter: (path) => !path.endsWith('README.md') });
  lockTree(dir, '2026-02-01');
  return dir;
}

describe("a site built from another owner's settings and policies", () => {
  let root: string;
  let site: BuildResult;

  beforeAll(async () => {
    root = projectCopy({ siteConfig: acmeConfig(), policiesDir: acmePolicies(), publicFiles: { 'brand/acme.svg': ACME_LOGO } });
    site = await buildSite({ root, asOf: AS_OF });
    if (!site.ok) throw new Error(site.output);
  });

  const read = (file: string): string => readFileSync(join(site.outDir, file), 'utf8');

  test('holds no trace of Mailly, in any file', () => {
    const traces = siteFiles(site.outDir).filter((file) => /mailly/i.test(read(file)));
    expect(traces).toEqual([]);
    expect(siteFiles(site.outDir)).toEqual(expect.arrayContaining(['terms/2026-01-05/index.html', 'terms/2026-03-01/index.html']));
  });

  test('shows its own name, logo, favicon, contact, footer links and language', () => {
    const page = read('terms/index.html');
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain('<title>Terms of Service · Acme Rockets legal</title>');
    expect(page).toMatch(/<img class="site-logo" src="\/policies\/brand\/acme\.svg" alt(?:="")? width="32" height="32">/);
    expect(page).toContain('<link rel="icon" href="/policies/brand/acme.svg">');
    expect(page).toContain('<a href="mailto:legal@acme-rockets.example">legal@acme-rockets.example</a>');
    expect(page).toContain('<a href="https://acme-rockets.example/imprint">Imprint</a>');
    expect(page).toContain('<a href="/policies/terms/history/">All versions of the terms</a>');
    expect(page).toContain('Policies of <a href="https://acme-rockets.example">Acme Rockets</a>');
    expect(read('brand.css')).toBe(':root {\n  --brand-light: #8a2be2;\n  --brand-dark: #d8b4fe;\n}\n');
    expect(read('changelog.xml')).toContain('<link>https://acme-rockets.github.io/policies/</link>');
  });

  test("names its own time zone in each policy's versions, for the re-acceptance helper's default day", () => {
    expect(JSON.parse(read('api/terms/versions.json'))).toMatchObject({ policy: 'terms', asOf: AS_OF, timeZone: 'Europe/London' });
  });

  test('has no broken link under its base path', () => {
    expect(findBrokenLinks(site.outDir, { site: 'https://acme-rockets.github.io/policies/', base: '/policies/' })).toEqual([]);
  });

  test.each([
    [
      'a brand colour that does not read on the page',
      { siteConfig: acmeConfig("{ light: '#d8b4fe', dark: '#d8b4fe' }") },
      'src/site.config.ts "brand.light" is "#d8b4fe", whose contrast on the light backgrounds (page, header, inserted and deleted text: #fdfdfc, #f2f1ee, #d5f0dc, #fbdfe0) is only',
    ],
    [
      'a logo missing from public/',
      { publicFiles: {} },
      'src/site.config.ts "logo.src" is "/brand/acme.svg", but there is no file public/brand/acme.svg',
    ],
  ])('stops at %s, saying what to fix', async (_case, change, message) => {
    const broken = projectCopy({
      siteConfig: acmeConfig(),
      policiesDir: acmePolicies(),
      publicFiles: { 'brand/acme.svg': ACME_LOGO },
      ...change,
    });
    const result = await buildSite({ root: broken, asOf: AS_OF });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
    rmSync(join(broken, 'node_modules'));
  });
});
