export { renderRedline } from './render-redline.ts';
export type { RenderOptions } from './render-redline.ts';
export { serializeHtml } from './serialize-html.ts';
export { rebaseSitePaths } from './rebase-site-paths.ts';
