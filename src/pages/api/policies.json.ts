import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/declarations.ts';
import { policiesIndex } from '../../data/policies-index.ts';

/** Every policy and every published revision, with dates, status, label, URLs and the sha256 of each source. */
export const GET: APIRoute = async () => jsonResponse(await policiesIndex());
