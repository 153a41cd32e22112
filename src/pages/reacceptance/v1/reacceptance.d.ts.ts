import type { APIRoute } from 'astro';
import { reacceptanceTypes } from '../../../data/reacceptance-module.ts';

/** The TypeScript declarations of the re-acceptance helper, beside it. */
export const GET: APIRoute = async () =>
  new Response(await reacceptanceTypes(), { headers: { 'content-type': 'application/typescript; charset=utf-8' } });
