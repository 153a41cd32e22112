/** The two colour schemes every page has (`prefers-color-scheme`). */
export type ColorScheme = 'light' | 'dark';

/**
 * Every background a link (in the brand colour) is read on, per scheme: the page (`--bg`), the header
 * and notices (`--surface`), and a redline's inserted and deleted text (`--ins-bg`, `--del-bg`),
 * where a changed link keeps its colour — as src/styles/global.css sets them (a test keeps the two
 * in step).
 */
export const THEME_BACKGROUNDS: Readonly<Record<ColorScheme, Readonly<Record<'bg' | 'surface' | 'ins-bg' | 'del-bg', string>>>> = {
  light: { bg: '#fdfdfc', surface: '#f2f1ee', 'ins-bg': '#d5f0dc', 'del-bg': '#fbdfe0' },
  dark: { bg: '#16161a', surface: '#222228', 'ins-bg': '#12402a', 'del-bg': '#4d1c24' },
};

/** The least contrast text and links need against their background (WCAG 2.2, success criterion 1.4.3, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** A colour written `#rrggbb`. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** Return the contrast ratio of two `#rrggbb` colours, from 1 to 21 (WCAG 2.2's definition). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Return the lowest contrast of a colour against each background of a scheme. */
export function schemeContrast(color: string, scheme: ColorScheme): number {
  return Math.min(...Object.values(THEME_BACKGROUNDS[scheme]).map((background) => contrastRatio(color, background)));
}

/**
 * Return the colour nearest to `color` that reads on every background of the scheme: mixed toward
 * black for the light scheme, toward white for the dark one, in steps of 2%, until its contrast
 * reaches MIN_TEXT_CONTRAST. The colour itself when it already does.
 */
export function readableColor(color: string, scheme: ColorScheme): string {
  const target = scheme === 'light' ? [0, 0, 0] : [255, 255, 255];
  const channels = rgb(color);
  for (let step = 0; step <= 50; step++) {
    const mixed = channels.map((value, k) => Math.round(value + ((target[k] ?? 0) - value) * (step / 50)));
    const hex = `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
    if (schemeContrast(hex, scheme) >= MIN_TEXT_CONTRAST) return hex;
  }
  return scheme === 'light' ? '#000000' : '#ffffff';
}

function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

// Relative luminance, WCAG 2.2 (sRGB, with the 0.04045 threshold of IEC 61966-2-1).
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
