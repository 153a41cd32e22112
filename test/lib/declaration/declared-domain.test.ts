import { describe, expect, test } from 'vitest';
import { declaredDomainCovers, readDeclaredDomain, tcfDomains } from '../../../src/lib/declaration/index.ts';

describe('readDeclaredDomain', () => {
  test.each([
    ['example.com', { host: 'example.com', subdomains: true }],
    ['.Example.COM', { host: 'example.com', subdomains: true }],
    ['*.example.com', { host: 'example.com', subdomains: true }],
    ['bücher.de', { host: 'xn--bcher-kva.de', subdomains: true }],
    ['127.0.0.1', { host: '127.0.0.1', subdomains: false }],
    ['*', { host: '*', subdomains: true }],
    ['https://example.com', null],
    ['*.', null],
    ['[::1]', null],
  ])('reads %j as %j', (value, read) => {
    expect(readDeclaredDomain(value)).toEqual(read);
  });
});

// The scan and the device storage disclosure read a declared domain one way: what the scan matches
// is what the disclosure lists.
describe('the scan and the disclosure read a declared domain alike', () => {
  const listed = (domains: readonly string[], host: string) =>
    domains.some((d) => d === '*' || d === host || (d.startsWith('*.') && host.endsWith(d.slice(1))));
  test.each(['example.com', '.example.com', '*.example.com', 'app.example.com', '127.0.0.1', '*'])('%j', (declared) => {
    const domains = tcfDomains(declared) ?? [];
    for (const host of ['example.com', 'app.example.com', 'a.b.example.com', 'example.net', '127.0.0.1', '1.127.0.0.1']) {
      expect(declaredDomainCovers(declared, host), `${declared} covers ${host}`).toBe(listed(domains, host));
    }
  });
});
