import type { APIRoute } from 'astro';
import { reacceptanceModule } from '../../../data/reacceptance-module.ts';

/** The re-acceptance helper, an ES module bundled from `src/lib/reacceptance/` on each build (and each request in dev). */
export const GET: APIRoute = async () =>
  new Response(await reacceptanceModule(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
