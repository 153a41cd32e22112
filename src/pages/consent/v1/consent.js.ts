import type { APIRoute } from 'astro';
import { consentScript } from '../../../data/consent-script.ts';

/** The consent banner script, bundled from `src/consent/` on each build (and each request in dev). */
export const GET: APIRoute = async () =>
  new Response(await consentScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
