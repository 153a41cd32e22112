import { describe, expect, test } from 'vitest';
import { absoluteSiteUrl, checkSiteAddress, ownerHost, pathUnderBase, routeUnderBase } from '../../../src/lib/site/index.ts';

const SOURCES = { url: 'url in src/site.config.ts', base: 'REDLINE_BASE' };

describe('pathUnderBase', () => {
  test.each([
    ['/', '/cookies/', '/cookies/'],
    ['/', '/', '/'],
    ['/legal/', '/cookies/', '/legal/cookies/'],
    ['/legal/', '/', '/legal/'],
    ['/org/legal/', '/api/policies.json', '/org/legal/api/policies.json'],
    ['/legal/', '#intro', '#intro'],
    ['/legal/', 'https://example.com/x', 'https://example.com/x'],
    ['/legal/', '//cdn.example.com/x.png', '//cdn.example.com/x.png'],
    ['/legal/', 'other/', 'other/'],
  ])('places under %j the route %j at %j', (base, route, expected) => {
    expect(pathUnderBase(base, route)).toBe(expected);
  });
});

describe('routeUnderBase', () => {
  test.each([
    ['/', '/cookies/', '/cookies/'],
    ['/legal/', '/legal/cookies/', '/cookies/'],
    ['/legal/', '/legal/', '/'],
    ['/legal/', '/legal', '/'],
    ['/legal/', '/cookies/', null],
    ['/legal/', '/legalese/', null],
  ])('reads under %j the path %j as %j', (base, path, expected) => {
    expect(routeUnderBase(base, path)).toBe(expected);
  });
});

describe('absoluteSiteUrl', () => {
  test('joins the origin, the base and the route', () => {
    expect(absoluteSiteUrl({ url: 'https://example.com', base: '/legal/' }, '/cookies/2026-03-14/')).toBe(
      'https://example.com/legal/cookies/2026-03-14/',
    );
    expect(absoluteSiteUrl({ url: 'https://example.com', base: '/' }, '/')).toBe('https://example.com/');
  });
});

describe('ownerHost', () => {
  test.each([
    ['https://mailly.io', 'mailly.io'],
    ['https://www.Mailly.io:8443/app/', 'www.mailly.io'],
    ['https://bücher.example', 'xn--bcher-kva.example'],
  ])('gives the host of %j as %j', (ownerUrl, host) => {
    expect(ownerHost({ ownerUrl })).toBe(host);
  });
});

describe('checkSiteAddress', () => {
  test.each([
    ['https://example.com', '/'],
    ['https://example.com/', '/legal/'],
    ['http://localhost:4321', '/org/legal/'],
    ['https://example.com', '/v1.2_~x/'],
  ])('accepts %j under %j', (url, base) => {
    expect(checkSiteAddress({ url, base }, SOURCES)).toEqual([]);
  });

  test.each([
    ['legal', '"/legal/"'],
    ['/legal', '"/legal/"'],
    ['legal/', '"/legal/"'],
    ['', '"/"'],
    ['//legal/', '"/legal/"'],
    ['/a/../b/', '"/a/b/"'],
    ['/./', '"/"'],
    ['/my legal/', '"/mylegal/"'],
    ['/legal/?x', '"/legal/x/"'],
    ['/.hidden/', '"/hidden/"'],
    ['/légal/', '"/legal/"'],
    ['/..a/', '"/a/"'],
  ])('refuses the base %j, naming the setting and suggesting %s', (base, fix) => {
    const [problem, ...more] = checkSiteAddress({ url: 'https://example.com', base }, SOURCES);
    expect(more).toEqual([]);
    expect(problem).toContain(`REDLINE_BASE is ${JSON.stringify(base)}`);
    expect(problem).toContain(`set it to ${fix}`);
  });

  test('refuses a base path too long to write, saying how long it may be', () => {
    const [problem] = checkSiteAddress({ url: 'https://example.com', base: `/${'a'.repeat(300)}/` }, SOURCES);
    expect(problem).toContain('(302 characters): a base path has at most 200');
  });

  test.each([
    ['example.com', 'is not a URL'],
    ['ftp://example.com', 'a site is served over https'],
    ['https://example.github.io/repo', 'give the origin only ("https://example.github.io") and put its path in base ("/repo/")'],
    ['https://example.com/?x=1', 'give the origin only ("https://example.com")'],
    ['https://user@example.com', 'give the origin only ("https://example.com")'],
  ])('refuses the url %j: %s', (url, message) => {
    const problems = checkSiteAddress({ url, base: '/' }, SOURCES);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`url in src/site.config.ts is ${JSON.stringify(url)}`);
    expect(problems[0]).toContain(message);
  });
});
