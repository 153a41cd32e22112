import type { APIRoute } from 'astro';
import { publishedLockText } from '../../data/integrity.ts';

/** The lock's whole hash chain, byte for byte as `policies/redline.lock.json`, for anyone to verify. */
export const GET: APIRoute = () => new Response(publishedLockText(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
