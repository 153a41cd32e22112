import { describe, expect, test } from 'vitest';
import { checkSiteConfig, type SiteConfig } from '../../../src/lib/site/index.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { siteConfig as maillyConfig } from '../../fixtures/mailly/site.config.ts';

const sound: SiteConfig = {
  url: 'https://policies.example.org',
  base: '/',
  owner: 'Example Ltd',
  ownerUrl: 'https://example.org',
  title: 'Example policies',
  contact: { label: 'privacy@example.org', href: 'mailto:privacy@example.org' },
  logo: { src: '/brand/logo.svg', alt: 'Example', width: 120, height: 32 },
  favicon: '/favicon.png',
  brand: { light: '#0b57b0', dark: '#8cb8ff' },
  footerLinks: [
    { label: 'Imprint', href: 'https://example.org/imprint' },
    { label: 'Call us', href: 'tel:+44 20 7946 0000' },
    { label: 'History', href: '/cookies/history/' },
  ],
  demo: false,
  lang: 'en-GB',
  timeZone: 'Europe/London',
  errataMaxChangedWords: 25,
};

describe('checkSiteConfig', () => {
  test("accepts the project's own settings, the tests' (Mailly's) and a sound other owner's", () => {
    expect(checkSiteConfig(siteConfig)).toEqual([]);
    expect(checkSiteConfig(maillyConfig)).toEqual([]);
    expect(checkSiteConfig(sound)).toEqual([]);
  });

  test.each([
    [
      { brand: { light: '#7fb3ff', dark: '#8cb8ff' } },
      'src/site.config.ts "brand.light" is "#7fb3ff", whose contrast on the light backgrounds',
    ],
    [
      { brand: { light: '#0b57b0', dark: '#0b57b0' } },
      'src/site.config.ts "brand.dark" is "#0b57b0", whose contrast on the dark backgrounds',
    ],
    [{ brand: { light: 'blue', dark: '#8cb8ff' } }, 'src/site.config.ts "brand.light" is "blue" — it must be a colour written #rrggbb'],
    [{ lang: 'english please' }, 'src/site.config.ts "lang" is "english please" — it must be a BCP 47 language tag'],
    [{ timeZone: 'Mars/Olympus' }, 'src/site.config.ts "timeZone" is "Mars/Olympus" — it must be an IANA time zone'],
    [
      { ownerUrl: 'javascript:alert(1)' },
      'src/site.config.ts "ownerUrl" is "javascript:alert(1)" — it must be a full URL starting with https://',
    ],
    [{ footerLinks: [{ label: 'x', href: 'javascript:alert(1)' }] }, 'src/site.config.ts "footerLinks[0].href" is "javascript:alert(1)"'],
    [{ footerLinks: [{ label: 'x', href: '//evil.example/' }] }, 'src/site.config.ts "footerLinks[0].href" is "//evil.example/"'],
    [{ contact: { label: '', href: 'mailto:a@example.org' } }, 'src/site.config.ts "contact.label" is "" — it must not be empty'],
    [
      { logo: { src: 'logo.svg', alt: '', width: 120, height: 32 } },
      'src/site.config.ts "logo.src" is "logo.svg" — it must be the path of a file in public/',
    ],
    [
      { logo: { src: '/logo.gif', alt: '', width: 120, height: 32 } },
      'src/site.config.ts "logo.src" is "/logo.gif" — it must be a .svg, .png, .webp, .avif file',
    ],
    [{ favicon: '/../etc/passwd' }, 'src/site.config.ts "favicon" is "/../etc/passwd" — it must be the path of a file in public/'],
    [{ url: 'https://example.github.io/repo' }, 'src/site.config.ts "url" is "https://example.github.io/repo": give the origin only'],
    [{ colour: 'red' }, 'src/site.config.ts has an unknown field "colour"'],
    [
      { footerLinks: [{ label: 'x', href: '/\\evil.example/' }] },
      'it must be a link starting with https://, mailto:, tel: or / (a page of this site)',
    ],
    [{ footerLinks: [{ label: 'x', href: '/../outside/' }] }, 'it must name a page of this site without "." or ".." segments'],
    [{ logo: { src: '/logo.svg', alt: '', width: 0, height: 32 } }, 'src/site.config.ts "logo.width" is 0 — it must be at least 1'],
    [{ errataMaxChangedWords: 2.5 }, 'src/site.config.ts "errataMaxChangedWords" is 2.5 — it must be a whole number'],
  ])('refuses %j, saying what is wrong and how to fix it', (change, message) => {
    const problems = checkSiteConfig({ ...sound, ...change });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.stringContaining(message));
  });

  test('suggests a colour that reads, and says where base came from', () => {
    const [contrast] = checkSiteConfig({ ...sound, brand: { light: '#7fb3ff', dark: '#8cb8ff' } });
    expect(contrast).toMatch(/use a darker colour, such as "#[0-9a-f]{6}"$/);
    const [base] = checkSiteConfig({ ...sound, base: 'legal' }, { baseFromEnvironment: true });
    expect(base).toContain('REDLINE_BASE (environment variable) is "legal"');
  });
});
