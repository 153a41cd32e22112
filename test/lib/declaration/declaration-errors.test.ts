import { describe, expect, test } from 'vitest';
import { checkRevisionFile } from '../../../src/lib/policies/index.ts';

const BODY = '\n## Essential Cookies\n\n- account login\n\n## Analytics Cookies\n\n- page visits\n';

function declarationYaml(overrides: { categories?: string; providers?: string; cookies?: string } = {}): string {
  const categories =
    overrides.categories ??
    `    - { id: essential, name: Essential Cookies, description: Needed., purposes: [account login], required: true, consentMode: [security_storage] }
    - { id: analytics, name: Analytics Cookies, description: Counts visits., purposes: [page visits], required: false, consent: opt-in, consentMode: [analytics_storage] }`;
  const providers = overrides.providers ?? '    - { id: mailly, name: Mailly, party: first }';
  const cookies =
    overrides.cookies ?? '    - { name: session_id, category: essential, provider: mailly, purpose: Keeps you signed in., session: true }';
  return `---\neffective: 2026-03-14\ndeclaration:\n  categories:\n${categories}\n  providers:\n${providers}\n  cookies:\n${cookies}\n---\n${BODY}`;
}

function problems(text: string): string[] {
  return checkRevisionFile('policies/cookies/2026-03-14.mdx', '2026-03-14.mdx', text).problems.map((p) => `${p.line ?? '-'}: ${p.message}`);
}

describe('checkRevisionFile on a cookie declaration', () => {
  test('accepts a declaration that agrees with itself and with the text', () => {
    expect(problems(declarationYaml())).toEqual([]);
  });

  test.each([
    [
      'a cookie in an unknown category',
      { cookies: '    - { name: _ga, category: marketing, provider: mailly, purpose: Counts., duration: P400D }' },
      'front matter "declaration.cookies[0].category" "marketing" is not a declared category (essential, analytics) — declare it under categories or use one of those ids',
    ],
    [
      'a cookie from an unknown provider',
      { cookies: '    - { name: _ga, category: analytics, provider: google, purpose: Counts., duration: P400D }' },
      'front matter "declaration.cookies[0].provider" "google" is not a declared provider (mailly) — declare it under providers or use one of those ids',
    ],
    [
      'two categories with one id',
      {
        categories: `    - { id: essential, name: Essential Cookies, description: Needed., purposes: [account login], required: true }
    - { id: essential, name: Analytics Cookies, description: Counts., purposes: [page visits], required: false, consent: opt-in }`,
      },
      'front matter "declaration.categories[1].id" "essential" is used twice in categories — give each one its own id',
    ],
    [
      'a duration in words',
      { cookies: '    - { name: _ga, category: analytics, provider: mailly, purpose: Counts., duration: 1 year }' },
      'front matter "declaration.cookies[0].duration" "1 year" is not an ISO 8601 duration of days and time — write P365D (years and months have no fixed length: count them in days), or "session: true" for a session cookie',
    ],
    [
      'an invalid glob',
      { cookies: '    - { name: "_ga;*", match: glob, category: analytics, provider: mailly, purpose: Counts., duration: P400D }' },
      'front matter "declaration.cookies[0].name" "_ga;*" has ";", which a cookie name cannot hold',
    ],
    [
      'an invalid regex',
      { cookies: '    - { name: "_ga_(", match: regex, category: analytics, provider: mailly, purpose: Counts., duration: P400D }' },
      'front matter "declaration.cookies[0].name" "_ga_(" is not a valid regular expression',
    ],
    [
      'a required category that also claims opt-in',
      {
        categories:
          '    - { id: essential, name: Essential Cookies, description: Needed., purposes: [account login], required: true, consent: opt-in }',
      },
      'front matter "declaration.categories[0].consent" is opt-in, but the category is required (set without consent) — remove "consent", or set "required: false"',
    ],
  ])('refuses %s, naming the field, the value and the fix', (_case, overrides, message) => {
    const found = problems(declarationYaml(overrides));
    expect(
      found.some((p) => p.startsWith(`3: ${message}`)),
      found.join('\n'),
    ).toBe(true);
  });

  test('refuses an unknown Consent Mode type, listing the known ones', () => {
    const yaml = declarationYaml({
      categories:
        '    - { id: essential, name: Essential Cookies, description: Needed., purposes: [account login], required: true, consentMode: [ads_storage] }',
    });
    expect(problems(yaml).join('\n')).toContain(
      'front matter "declaration.categories[0].consentMode[0]" is "ads_storage" — it must be one of ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage, security_storage',
    );
  });

  test('refuses a declared category or purpose the text does not have', () => {
    const yaml = declarationYaml({
      categories: `    - { id: essential, name: Essential Cookies, description: Needed., purposes: [account login, fraud prevention], required: true }
    - { id: ads, name: Advertising Cookies, description: Ads., purposes: [ads], required: false, consent: opt-in }`,
      cookies: '    []',
    });
    expect(problems(yaml)).toEqual([
      '3: front matter "declaration" declares "fraud prevention" as a purpose of "Essential Cookies", but that section of the text does not say it — write it there or remove it from the declaration',
      '3: front matter "declaration" declares the category "Advertising Cookies" (ads), but the text has no heading "Advertising Cookies" (it has "Essential Cookies", "Analytics Cookies") — add the section or make the names agree',
    ]);
  });
});
