import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';

type Headers = Record<string, Record<string, string>>;

// public/_headers: a path line, then indented "Name: value" lines.
function readHeadersFile(text: string): Headers {
  const rules: Headers = {};
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) path = line.trim();
    else {
      const [name = '', ...value] = line.trim().split(':');
      (rules[path] ??= {})[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

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

  test('let other sites fetch the JSON', () => {
    expect(headers['/api/*']).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(headers['/schemas/*']).toEqual({ 'Access-Control-Allow-Origin': '*' });
  });

  test('let other sites read the feeds, and type the JSON feeds as JSON Feed', () => {
    for (const name of ['changelog', 'material-changes']) {
      for (const prefix of ['/', '/*/']) {
        expect(headers[`${prefix}${name}.json`]).toEqual({
          'Content-Type': 'application/feed+json; charset=utf-8',
          'Access-Control-Allow-Origin': '*',
        });
        expect(headers[`${prefix}${name}.xml`]).toEqual({ 'Access-Control-Allow-Origin': '*' });
      }
    }
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
