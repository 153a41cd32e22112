import { z } from 'astro/zod';
import { describeIssues } from '../policies/describe-issues.ts';
import { HEX_COLOR, MIN_TEXT_CONTRAST, readableColor, schemeContrast, THEME_BACKGROUNDS, type ColorScheme } from './contrast.ts';
import { checkSiteAddress } from './site-url.ts';

// A file of public/, named by the path it is served at: `/logo.svg`, `/brand/favicon.png`.
const publicFile = (kinds: readonly string[]) =>
  z
    .string()
    .regex(/^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/, {
      error: 'must be the path of a file in public/, starting with "/" (e.g. "/logo.svg")',
    })
    .refine((path) => kinds.some((kind) => path.toLowerCase().endsWith(kind)), { error: `must be a ${kinds.join(', ')} file` });

// A link readers follow: a web page, an email address or a phone number (src/lib/redline/safe-url.ts
// allows the same schemes in policy text), or a page of the site itself — a path that stays on the
// site: no `//host`, no backslash (browsers read `/\host` as `//host`), no `.` or `..` segment.
const link = z
  .string()
  .regex(/^(?:https?:\/\/[^\s\\]+|mailto:[^\s]+|tel:[+0-9][0-9 ()+-]*|\/(?!\/)[^\s\\]*)$/i, {
    error: 'must be a link starting with https://, mailto:, tel: or / (a page of this site)',
  })
  .refine((href) => !href.startsWith('/') || !/\/\.{1,2}(?:[/?#]|$)/.test(href), {
    error: 'must name a page of this site without "." or ".." segments, e.g. "/cookies/history/"',
  });

const label = z.string().trim().min(1, { error: 'must not be empty' });

// A size in CSS pixels, up to `max`.
const pixels = (max: number) =>
  z
    .int({ error: 'must be a whole number of pixels' })
    .min(1, { error: 'must be at least 1' })
    .max(max, { error: `must be at most ${max}` });

const color = z.string().regex(HEX_COLOR, { error: 'must be a colour written #rrggbb, e.g. "#0b57b0"' });

/** The settings of a published site (`src/site.config.ts`): who it belongs to, where it is served, how it looks. */
export const siteConfigSchema = z.strictObject({
  url: z.string().describe('The origin the site is published at, e.g. https://policies.example.com (no path: see base).'),
  base: z.string().describe('The path the site is served under, starting and ending with "/".'),
  owner: label.describe('Who the policies belong to, shown in titles and the footer.'),
  ownerUrl: z
    .url({ protocol: /^https?$/, error: 'must be a full URL starting with https:// (or http://)' })
    .describe("The owner's main website."),
  title: label.describe('The name of the site, shown in the header and in every page title.'),
  contact: z
    .strictObject({ label: label.describe('The text readers see, e.g. an email address.'), href: link })
    .nullable()
    .describe('Where readers ask about the policies, shown in the footer; null for none.'),
  logo: z
    .strictObject({
      src: publicFile(['.svg', '.png', '.webp', '.avif']).describe('The file in public/.'),
      alt: z.string().describe('Its text alternative: the owner\'s name, or "" when the site title beside it says it.'),
      width: pixels(640).describe('Its width in CSS pixels.'),
      height: pixels(160).describe('Its height in CSS pixels.'),
    })
    .nullable()
    .describe("The owner's logo, shown in the header before the site title; null for none."),
  favicon: publicFile(['.svg', '.png', '.ico']).nullable().describe('The icon browsers show in the tab, a file in public/; null for none.'),
  brand: z
    .strictObject({ light: color.describe('For the light colour scheme.'), dark: color.describe('For the dark colour scheme.') })
    .describe("The owner's colour, for links and the header's accent: it must read on the page in both schemes."),
  footerLinks: z
    .array(z.strictObject({ label, href: link }))
    .max(12)
    .describe('Links in the footer (e.g. the privacy team, the imprint), in order.'),
  demo: z.boolean().describe('Whether this build is `npm run demo`.'),
  lang: z
    .string()
    .refine(isLanguageTag, { error: 'must be a BCP 47 language tag, e.g. "en", "de" or "pt-BR"' })
    .describe('The language of the policies (BCP 47).'),
  timeZone: z
    .string()
    .refine(isTimeZone, { error: 'must be an IANA time zone, e.g. "UTC", "Europe/Berlin" or "America/New_York"' })
    .describe('The IANA time zone whose calendar decides what "today" is.'),
  errataMaxChangedWords: z
    .int({ error: 'must be a whole number' })
    .min(0)
    .max(1000, { error: 'must be at most 1000' })
    .describe('The most words an erratum may change in a published revision.'),
});

/** The settings of a published site, as `src/site.config.ts` writes them. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The settings that say whose site it is and how it looks: what `npm run demo` replaces. */
export type SiteIdentity = Pick<
  SiteConfig,
  'url' | 'base' | 'owner' | 'ownerUrl' | 'title' | 'contact' | 'logo' | 'favicon' | 'brand' | 'footerLinks'
>;

const HINTS = {
  url: 'the origin only, e.g. "https://policies.example.com"',
  base: '"/" or the path the site is served under, e.g. "/legal/"',
  owner: 'the owner\'s name, e.g. "Example Ltd"',
  ownerUrl: 'e.g. "https://example.com"',
  title: 'e.g. "Example policies"',
  contact: '{ label: "privacy@example.com", href: "mailto:privacy@example.com" } or null',
  logo: '{ src: "/logo.svg", alt: "Example", width: 120, height: 32 } or null',
  favicon: '"/favicon.svg" or null',
  brand: '{ light: "#0b57b0", dark: "#8cb8ff" }',
  footerLinks: '[{ label: "Imprint", href: "https://example.com/imprint" }] or []',
  demo: 'true or false',
  lang: '"en"',
  timeZone: '"UTC"',
  errataMaxChangedWords: '25',
} as const;

/** Where each setting came from, for the errors that name it. */
export interface SiteConfigSources {
  /** What the file is called in errors (default `src/site.config.ts`). */
  file?: string;
  /** Whether `base` came from the environment variable REDLINE_BASE. */
  baseFromEnvironment?: boolean;
}

/**
 * Return everything wrong with a site's settings, one sentence each naming the setting, its value
 * and the fix: the schema, the address (origin and base path), and the brand colour's contrast on
 * the page and header backgrounds in both colour schemes (WCAG 1.4.3, 4.5:1). Empty when sound.
 */
export function checkSiteConfig(config: unknown, sources: SiteConfigSources = {}): string[] {
  const file = sources.file ?? 'src/site.config.ts';
  const parsed = siteConfigSchema.safeParse(config);
  if (!parsed.success) {
    const data = config !== null && typeof config === 'object' ? (config as Record<string, unknown>) : {};
    return describeIssues(parsed.error.issues, data, file, HINTS).map((issue) => issue.message);
  }
  const site = parsed.data;
  const problems = checkSiteAddress(site, {
    url: `${file} "url"`,
    base: sources.baseFromEnvironment ? 'REDLINE_BASE (environment variable)' : `${file} "base"`,
  });
  for (const scheme of ['light', 'dark'] as const satisfies readonly ColorScheme[]) {
    const value = site.brand[scheme];
    const contrast = schemeContrast(value, scheme);
    if (contrast >= MIN_TEXT_CONTRAST) continue;
    const backgrounds = Object.values(THEME_BACKGROUNDS[scheme]).join(', ');
    problems.push(
      `${file} "brand.${scheme}" is "${value}", whose contrast on the ${scheme} backgrounds (page, header, inserted and deleted text: ${backgrounds}) is only ` +
        `${contrast.toFixed(2)}:1 — links need ${MIN_TEXT_CONTRAST}:1 to be read (WCAG 1.4.3); use a ${scheme === 'light' ? 'darker' : 'lighter'} ` +
        `colour, such as "${readableColor(value, scheme)}"`,
    );
  }
  return problems;
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
