import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST, readableColor, schemeContrast, THEME_BACKGROUNDS } from '../../../src/lib/site/index.ts';
import { ROOT } from '../../helpers/build-site.ts';

describe('contrastRatio', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0b57b0', '#fdfdfc', 6.87],
  ])('of %s and %s is %s', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(expected, 1);
  });
});

describe('readableColor', () => {
  test.each([
    ['#7fb3ff', 'light'],
    ['#ffff00', 'light'],
    ['#0b57b0', 'dark'],
    ['#9b1c31', 'dark'],
  ] as const)('turns %s into a colour that reads in the %s scheme', (color, scheme) => {
    expect(schemeContrast(color, scheme)).toBeLessThan(MIN_TEXT_CONTRAST);
    const fixed = readableColor(color, scheme);
    expect(fixed).toMatch(/^#[0-9a-f]{6}$/);
    expect(schemeContrast(fixed, scheme)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  test('keeps a colour that already reads', () => {
    expect(readableColor('#0b57b0', 'light')).toBe('#0b57b0');
  });
});

describe('THEME_BACKGROUNDS', () => {
  // The contrast check reads the backgrounds from here; the pages from the stylesheet.
  test('are the page, surface, inserted and deleted colours of the stylesheet, in both schemes', () => {
    const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
    const value = (block: string, name: string): string | undefined => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`).exec(block)?.[1];
    const names = ['bg', 'surface', 'ins-bg', 'del-bg'] as const;
    expect(Object.fromEntries(names.map((name) => [name, value(light, name)]))).toEqual(THEME_BACKGROUNDS.light);
    expect(Object.fromEntries(names.map((name) => [name, value(dark, name)]))).toEqual(THEME_BACKGROUNDS.dark);
  });
});
