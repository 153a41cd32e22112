import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { headersFor, readHeadersFile, type HostHeaders as Headers } from '../helpers/host-headers.ts';

// deploy/netlify.toml: [[headers]] tables with `for` and a [headers.values] table of "Name = value".
function readNetlifyToml(text: string): Headers {
  const rules: Headers = {};
  let path = '';
  for (const line of text.split('\n').map((l) => l.trim())) {
    const target = /^for = "(.+)"$/.exec(line);
    if (target) path = target[1] ?? '';
    const header = /^([A-Za-z-]+) = "(.*)"$/.exec(line);
    if (header && path && header[1] !== 'for') (rules[path] ??= {})[header[1] ?? ''] = header[2] ?? '';
  }
  return rules;
}

describe('the response headers for hosts', () => {
  const headers = readHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
  const netlify = readNetlifyToml(readFileSync(join(ROOT, 'deploy/netlify.toml'), 'utf8'));

  test('forbid framing and sniffing on every page, which a <meta> policy cannot', () => {
    expect(headers['/*']).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Content-Type-Options': 'nosniff' });
  });

  test('let other sites fetch the JSON, without credentials', () => {
    expect(headers['/api/*']).toMatchObject({ 'Access-Control-Allow-Origin': '*' });
    expect(headers['/schemas/*']).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(Object.values(headers).some((rule) => 'Access-Control-Allow-Credentials' in rule)).toBe(false);
  });

  test('let device storage disclosures be cached for an hour, so one taking effect reaches consent platforms the same day', () => {
    for (const path of ['/api/cookies/device-storage.json', '/api/cookies/2026-03-14/device-storage.json'])
      expect(headersFor(headers, path), path).toMatchObject({
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=3600',
      });
  });

  test('give the declarations no cache lifetime: the consent banner must see a new one the day it takes effect', () => {
    for (const path of ['/api/cookies/declaration.json', '/api/cookies/2026-03-14/declaration.json', '/api/policies.json']) {
      const sent = headersFor(headers, path);
      expect(sent, path).toMatchObject({ 'Access-Control-Allow-Origin': '*' });
      expect(Object.keys(sent), path).not.toContain('Cache-Control');
    }
  });

  test('let other sites import the re-acceptance module as JavaScript, and read its types', () => {
    const module = headersFor(headers, '/reacceptance/v1/reacceptance.js');
    expect(module).toMatchObject({ 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/javascript; charset=utf-8' });
    expect(headersFor(headers, '/reacceptance/v1/reacceptance.d.ts')).toMatchObject({
      'Access-Control-Allow-Origin': '*',
      'Content-Type': 'application/typescript; charset=utf-8',
    });
  });

  test('let other sites read the feeds, and type the JSON feeds as JSON Feed', () => {
    for (const name of ['changelog', 'material-changes']) {
      for (const prefix of ['/', '/cookies/']) {
        expect(headersFor(headers, `${prefix}${name}.json`)).toMatchObject({
          'Content-Type': 'application/feed+json; charset=utf-8',
          'Access-Control-Allow-Origin': '*',
        });
        expect(headersFor(headers, `${prefix}${name}.xml`)).toMatchObject({ 'Access-Control-Allow-Origin': '*' });
      }
    }
    // Only the feeds: a page of the site stays closed to other origins.
    expect(headersFor(headers, '/cookies/changelog/')).not.toHaveProperty('Access-Control-Allow-Origin');
  });

  test('serve revision sources as inert text, whatever a source says', () => {
    expect(headers['/sources/*']).toEqual({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  test('are the same in netlify.toml', () => {
    expect(netlify).toEqual(headers);
  });
});
