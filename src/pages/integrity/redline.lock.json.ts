import type { APIRoute } from 'astro';
import { publishedLock } from '../../data/integrity.ts';
import { serializeLock } from '../../lib/integrity/index.ts';

/** The lock's whole hash chain, byte for byte as `policies/redline.lock.json`, for anyone to verify. */
export const GET: APIRoute = () =>
  new Response(serializeLock(publishedLock()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
