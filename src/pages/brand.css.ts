import type { APIRoute } from 'astro';
import { brandStylesheet } from '../lib/site/index.ts';
import { siteConfig } from '../site.config.ts';

/** The owner's colours (`brand` in src/site.config.ts), checked for contrast before the build. */
export const GET: APIRoute = () =>
  new Response(brandStylesheet(siteConfig.brand), { headers: { 'content-type': 'text/css; charset=utf-8' } });
