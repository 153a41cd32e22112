import { describe, expect, test } from 'vitest';
import { safeUrl } from '../../../src/lib/redline/safe-url.ts';

describe('safeUrl', () => {
  test.each([
    'https://example.com/a',
    'http://x.test',
    'mailto:privacy@example.com',
    'tel:+15551234',
    '/terms',
    '#a-definitions',
    '../privacy',
    'page?x=1:2',
  ])('keeps %j', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('drops %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  test('allows only web images', () => {
    expect(safeUrl('https://example.com/logo.png', true)).toBe('https://example.com/logo.png');
    expect(safeUrl('mailto:x@example.com', true)).toBeNull();
    expect(safeUrl('data:image/svg+xml,<svg onload=alert(1)>', true)).toBeNull();
  });
});
