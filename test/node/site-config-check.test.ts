import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkedSiteConfig } from '../../src/node/site-config-check.ts';
import { tempDir } from '../helpers/build-site.ts';
import { siteConfig } from '../fixtures/mailly/site.config.ts';

// A project root whose public/ holds these files (null: a symbolic link to /etc/hostname).
function project(files: Record<string, string | null>): string {
  const root = tempDir('site-config');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'public', path, '..'), { recursive: true });
    if (text === null) symlinkSync('/etc/hostname', join(root, 'public', path));
    else writeFileSync(join(root, 'public', path), text);
  }
  return root;
}

const config = { ...siteConfig, logo: { src: '/brand/logo.svg', alt: '', width: 32, height: 32 } };

describe('checkedSiteConfig', () => {
  test('accepts settings whose logo and favicon are files in public/', () => {
    expect(() =>
      checkedSiteConfig(config, { env: {}, root: project({ 'favicon.svg': '<svg/>', 'brand/logo.svg': '<svg/>' }) }),
    ).not.toThrow();
  });

  test('names a logo or favicon missing from public/', () => {
    expect(() => checkedSiteConfig(config, { env: {}, root: project({ 'favicon.svg': '<svg/>' }) })).toThrow(
      'src/site.config.ts "logo.src" is "/brand/logo.svg", but there is no file public/brand/logo.svg — put the file there, or set logo to null',
    );
    expect(() => checkedSiteConfig(config, { env: {}, root: project({ 'brand/logo.svg': null, 'favicon.svg': '<svg/>' }) })).toThrow(
      'public/brand/logo.svg is a symbolic link',
    );
  });

  test('refuses a symbolic link anywhere in public/, which would publish what it points to', () => {
    const root = project({ 'favicon.svg': '<svg/>', 'brand/logo.svg': '<svg/>', 'deep/er/leak.txt': null });
    expect(() => checkedSiteConfig(config, { env: {}, root })).toThrow(
      'public/deep/er/leak.txt is a symbolic link — the site publishes public/ as it is, so copy the file in instead of linking it',
    );
  });

  test('says where a bad base path came from', () => {
    const root = project({ 'favicon.svg': '<svg/>', 'brand/logo.svg': '<svg/>' });
    expect(() => checkedSiteConfig({ ...config, base: 'legal' }, { env: { REDLINE_BASE: 'legal' }, root })).toThrow(
      'REDLINE_BASE (environment variable) is "legal"',
    );
  });
});
