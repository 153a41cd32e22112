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
    'tel:+1:555',
    './javascript:alert(1)',
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
    // Look-alikes a browser would read as relative paths are refused all the same.
    '\uff4aavascript:alert(1)',
    'jav\u0430script:alert(1)',
  ])('drops %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  test("allows only the site's own images, never another host's (a tracking pixel)", () => {
    expect(safeUrl('/images/logo.png', true)).toBe('/images/logo.png');
    expect(safeUrl('logo.png', true)).toBe('logo.png');
    expect(safeUrl('https://example.com/logo.png', true)).toBeNull();
    expect(safeUrl('//tracker.example/p.gif', true)).toBeNull();
    expect(safeUrl('\\\\tracker.example\\p.gif', true)).toBeNull();
    expect(safeUrl('mailto:x@example.com', true)).toBeNull();
    expect(safeUrl('data:image/svg+xml,<svg onload=alert(1)>', true)).toBeNull();
  });
});
