import { describe, expect, test } from 'vitest';
import { bareDomain, isWithinDomain, partyOf } from '../../../src/lib/scan/index.ts';

describe('bareDomain', () => {
  test.each([
    ['.Example.COM', 'example.com'],
    ['*.example.com', 'example.com'],
    [' example.com ', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads %j as %j', (domain, bare) => {
    expect(bareDomain(domain)).toBe(bare);
  });
});

describe('isWithinDomain', () => {
  test.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['a.b.example.com', '.example.com', true],
    ['example.com', 'www.example.com', false],
    ['badexample.com', 'example.com', false],
    ['example.com.evil.net', 'example.com', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.1', '0.0.1', false],
    ['localhost', '127.0.0.1', false],
  ])('%s within %s: %s', (host, domain, within) => {
    expect(isWithinDomain(host, domain)).toBe(within);
  });
});

describe('partyOf', () => {
  test.each([
    ['the scanned host', 'www.example.com', ['www.example.com'], 'first'],
    ['a subdomain of it', 'img.www.example.com', ['www.example.com'], 'first'],
    ['a domain cookie of its parent domain', '.example.com', ['www.example.com'], 'first'],
    ['a sibling subdomain', 'cdn.example.com', ['www.example.com'], 'third'],
    ['a sibling, once the parent domain is given as the site’s', 'cdn.example.com', ['www.example.com', 'example.com'], 'first'],
    ['another site', '.tracker.net', ['www.example.com'], 'third'],
    ['the same IP address', '127.0.0.1', ['127.0.0.1'], 'first'],
    ['another name of the same machine', 'localhost', ['127.0.0.1'], 'third'],
  ] as const)('says %s is %s party', (_name, domain, site, party) => {
    expect(partyOf(domain, site)).toBe(party);
  });
});
