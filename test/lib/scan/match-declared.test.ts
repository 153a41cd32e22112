import { describe, expect, test } from 'vitest';
import { declarationSchema } from '../../../src/lib/declaration/index.ts';
import { matchDeclared, scanDeclarationOfRevision, type ScanDeclaration } from '../../../src/lib/scan/index.ts';
import { cookie, stored } from '../../helpers/scan-fixtures.ts';

const SITE = ['www.example.com'];

function declared(cookies: object[]): ScanDeclaration {
  const declaration = declarationSchema.parse({
    providers: [
      { id: 'shop', name: 'Shop', party: 'first' },
      { id: 'ads', name: 'Ads', party: 'third' },
    ],
    cookies: cookies.map((c) => ({ provider: 'shop', purpose: 'Does things.', duration: 'P30D', ...c })),
  });
  return scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: '0'.repeat(64) }, declaration);
}

const on = (domain: string) => ({ domain });
const nameOf = (match: ReturnType<typeof matchDeclared>) => (match.cookie ? `${match.cookie.name} #${match.cookie.index}` : null);

describe('matchDeclared', () => {
  test('matches a name on the site’s own domains and their subdomains when the entry names none', () => {
    const declaration = declared([{ name: 'sid' }]);
    expect(nameOf(matchDeclared(cookie('sid', 1, on('www.example.com')), declaration, SITE))).toBe('sid #0');
    expect(nameOf(matchDeclared(cookie('sid', 1, on('.app.www.example.com')), declaration, SITE))).toBe('sid #0');
    expect(matchDeclared(cookie('sid', 1, on('.tracker.net')), declaration, SITE)).toEqual({
      cookie: null,
      hint: `"sid" is declared on the site's own domains (www.example.com and their subdomains), not on .tracker.net`,
    });
  });

  test('does not count a parent domain of the site as the site’s own: the disclosure would not list it', () => {
    // A cookie for .example.com is sent to cdn.example.com too, which "the site's own" (www.example.com) does not cover.
    const declaration = declared([{ name: 'sid' }]);
    expect(matchDeclared(cookie('sid', 1, on('.example.com')), declaration, SITE)).toEqual({
      cookie: null,
      hint: `"sid" is declared on the site's own domains (www.example.com and their subdomains), not on .example.com`,
    });
    expect(nameOf(matchDeclared(cookie('sid', 1, on('.example.com')), declared([{ name: 'sid', domains: ['example.com'] }]), SITE))).toBe(
      'sid #0',
    );
  });

  test.each([
    ['example.com', 'example.com', true],
    ['example.com', '.example.com', true],
    ['example.com', 'cdn.example.com', true],
    ['.example.com', 'example.com', true],
    ['.example.com', 'a.b.example.com', true],
    ['*.example.com', 'example.com', true],
    ['*.example.com', '.www.example.com', true],
    [' Example.COM ', 'www.example.com', true],
    ['münchen.example', 'xn--mnchen-3ya.example', true],
    ['*', 'anything.example', true],
    ['example.com', 'badexample.com', false],
    ['example.com', 'example.com.evil.net', false],
    ['www.example.com', 'example.com', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['0.0.1', '127.0.0.1', false],
    ['not a domain', 'example.com', false],
  ])('reads the declared domain %j as the host and its subdomains, as the disclosure does: %j %s', (domain, seen, matches) => {
    const declaration = declared([{ name: 'uid', provider: 'ads', domains: [domain] }]);
    expect(matchDeclared(cookie('uid', 1, on(seen)), declaration, SITE).cookie !== null).toBe(matches);
  });

  test('matches a declared domain and its subdomains only', () => {
    const declaration = declared([{ name: 'uid', provider: 'ads', domains: ['ads.example.net'] }]);
    expect(nameOf(matchDeclared(cookie('uid', 1, on('.ads.example.net')), declaration, SITE))).toBe('uid #0');
    expect(nameOf(matchDeclared(cookie('uid', 1, on('eu.ads.example.net')), declaration, SITE))).toBe('uid #0');
    expect(matchDeclared(cookie('uid', 1, on('.example.net')), declaration, SITE)).toEqual({
      cookie: null,
      hint: '"uid" is declared on ads.example.net, not on .example.net',
    });
    expect(matchDeclared(cookie('uid', 1, on('www.example.com')), declaration, SITE).cookie).toBeNull();
  });

  test('matches the storage kind: a cookie is not the localStorage entry of the same name', () => {
    const declaration = declared([{ name: 'lang', storage: 'local_storage' }]);
    expect(nameOf(matchDeclared(stored('local_storage', 'lang', 'https://www.example.com'), declaration, SITE))).toBe('lang #0');
    expect(matchDeclared(stored('session_storage', 'lang', 'https://www.example.com'), declaration, SITE)).toEqual({
      cookie: null,
      hint: '"lang" is declared as localStorage, not as sessionStorage',
    });
    expect(matchDeclared(cookie('lang', 1, on('www.example.com')), declaration, SITE)).toEqual({
      cookie: null,
      hint: '"lang" is declared as localStorage, not as a cookie',
    });
  });

  test('prefers the most specific declaration of a name — exact, prefix, glob, regex — then the first', () => {
    const declaration = declared([
      { name: '_an_.*', match: 'regex' },
      { name: '_an_*', match: 'glob' },
      { name: '_an_', match: 'prefix' },
      { name: '_an_id' },
      { name: '_an_id', purpose: 'Declared twice.' },
    ]);
    const match = (name: string) => nameOf(matchDeclared(cookie(name, 1, on('www.example.com')), declaration, SITE));
    expect([match('_an_id'), match('_an_x'), match('_an_x.y')]).toEqual(['_an_id #3', '_an_ #2', '_an_ #2']);
    expect(
      nameOf(
        matchDeclared(
          cookie('_an_x', 1, on('www.example.com')),
          declared([
            { name: '_an_.*', match: 'regex' },
            { name: '_an_*', match: 'glob' },
          ]),
          SITE,
        ),
      ),
    ).toBe('_an_* #1');
  });

  test('gives no hint when no declared name matches', () => {
    expect(matchDeclared(cookie('other', 1, on('www.example.com')), declared([{ name: 'sid' }]), SITE)).toEqual({
      cookie: null,
      hint: null,
    });
  });
});
