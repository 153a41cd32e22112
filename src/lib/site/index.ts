export { absoluteSiteUrl, checkSiteAddress, pathUnderBase, routeUnderBase } from './site-url.ts';
export type { SiteAddress, SiteAddressSources } from './site-url.ts';
