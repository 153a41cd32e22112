export { absoluteSiteUrl, checkSiteAddress, ownerHost, pathUnderBase, routeUnderBase } from './site-url.ts';
export type { SiteAddress, SiteAddressSources } from './site-url.ts';
export { checkSiteConfig, siteConfigSchema } from './site-config.ts';
export type { SiteConfig, SiteConfigSources, SiteIdentity } from './site-config.ts';
export { contrastRatio, HEX_COLOR, MIN_TEXT_CONTRAST, readableColor, schemeContrast, THEME_BACKGROUNDS } from './contrast.ts';
export type { ColorScheme } from './contrast.ts';
export { BRAND_STYLESHEET_URL, brandStylesheet } from './brand-stylesheet.ts';
export { cssString, printMarginsStyle } from './print-margins.ts';
export type { PrintMargins } from './print-margins.ts';
