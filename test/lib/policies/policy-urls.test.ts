import { describe, expect, test } from 'vitest';
import { declarationUrl, deviceStorageUrl, revisionDeclarationUrl } from '../../../src/lib/policies/index.ts';

describe('revisionDeclarationUrl', () => {
  test.each([
    ['/api/cookies/declaration.json', '/api/cookies/2025-09-01/declaration.json'],
    ['/api/cookies/2026-03-14/declaration.json', '/api/cookies/2025-09-01/declaration.json'],
    [
      'https://policies.example.org/api/cookies/declaration.json?x=1',
      'https://policies.example.org/api/cookies/2025-09-01/declaration.json?x=1',
    ],
    ['declaration.json', '2025-09-01/declaration.json'],
    ['/cookies.json', null],
  ])('finds the 2025-09-01 revision beside %s', (url, expected) => {
    expect(revisionDeclarationUrl(url, '2025-09-01')).toBe(expected);
  });
});

describe('deviceStorageUrl', () => {
  test('puts the disclosure in force and each revision’s beside their declarations', () => {
    expect(deviceStorageUrl('cookies')).toBe('/api/cookies/device-storage.json');
    expect(deviceStorageUrl('cookies', '2026-03-14')).toBe('/api/cookies/2026-03-14/device-storage.json');
    expect(deviceStorageUrl('cookies', '2026-03-14').replace('device-storage', 'declaration')).toBe(declarationUrl('cookies', '2026-03-14'));
  });
});
